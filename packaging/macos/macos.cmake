# macOS: a drag-and-drop .dmg (cpack -G DragNDrop) holding veil.app, made
# self-contained by macdeployqt. Written from the CMake and Qt documentation and built
# by .github/workflows/desktop-packages.yml; it cannot be run on the Debian machine.
#
# Everything lives in the bundle: Contents/MacOS/{veil,veil-cli} and
# Contents/share/veil/{models,translations} (found as ../share/veil like on Linux).
# app/CMakeLists.txt installs veil-cli to CMAKE_INSTALL_BINDIR, so configure with
# -DCMAKE_INSTALL_BINDIR=veil.app/Contents/MacOS (the workflow does).
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "veil.app/Contents/MacOS")
  message(WARNING "macOS packages need -DCMAKE_INSTALL_BINDIR=veil.app/Contents/MacOS: "
                  "otherwise veil-cli lands outside the bundle, without its Qt frameworks")
endif()

# The icon: an .icns built from resources/veil.svg (rsvg-convert from Homebrew's
# librsvg, iconutil from Xcode).
find_program(RSVG_CONVERT rsvg-convert)
find_program(ICONUTIL iconutil)
set(icon_file "")
if(RSVG_CONVERT AND ICONUTIL)
  set(iconset "${CMAKE_CURRENT_BINARY_DIR}/veil.iconset")
  set(icns "${CMAKE_CURRENT_BINARY_DIR}/veil.icns")
  set(render_commands "")
  foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND render_commands
      COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${iconset}/icon_${size}x${size}.png"
              "${PROJECT_SOURCE_DIR}/resources/veil.svg"
      COMMAND "${RSVG_CONVERT}" -w ${double} -h ${double} -o "${iconset}/icon_${size}x${size}@2x.png"
              "${PROJECT_SOURCE_DIR}/resources/veil.svg")
  endforeach()
  add_custom_command(OUTPUT "${icns}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${iconset}"
    ${render_commands}
    COMMAND "${ICONUTIL}" -c icns -o "${icns}" "${iconset}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/veil.svg"
    VERBATIM)
  target_sources(veil PRIVATE "${icns}")
  set_source_files_properties("${icns}" TARGET_DIRECTORY veil PROPERTIES
    MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
  set(icon_file "veil.icns")
else()
  message(WARNING "rsvg-convert or iconutil not found: veil.app gets no icon")
endif()

set_target_properties(veil PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
  MACOSX_BUNDLE_BUNDLE_NAME "Veil"
  MACOSX_BUNDLE_GUI_IDENTIFIER "${VEIL_APP_ID}"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE "${icon_file}"
  MACOSX_BUNDLE_COPYRIGHT "Veil developers")

# macdeployqt over the bundle, with veil-cli as an extra executable so that its Qt
# frameworks and other dylibs (OpenCV, libexif, libheif from Homebrew) are copied and
# relinked too. qt_generate_deploy_app_script cannot name extra executables, hence a
# script of our own around the same qt_deploy_runtime_dependencies.
set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-veil-app.cmake")
file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"veil.app\"
    ADDITIONAL_EXECUTABLES \"veil.app/Contents/MacOS/veil-cli\"
    NO_APP_STORE_COMPLIANCE
)
")
install(SCRIPT "${deploy_script}")

set(CPACK_DMG_VOLUME_NAME "Veil ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
