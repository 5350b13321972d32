# Windows: an NSIS installer (cpack -G NSIS; WiX settings below for cpack -G WIX).
# Written from the CMake and Qt documentation and built by
# .github/workflows/desktop-packages.yml; it cannot be run on the Debian machine.
#
# The installer holds bin/veil.exe and bin/veil-cli.exe, the Qt runtime that windeployqt
# puts beside them (through qt_generate_deploy_app_script), the other DLLs they load
# (OpenCV, libexif, libheif, libjpeg: found in VEIL_RUNTIME_DLL_DIRS, by default vcpkg's
# bin folder), the MSVC runtime, and share/veil/{models,translations}.

qt_generate_deploy_app_script(TARGET veil FILENAME_VARIABLE veil_deploy_script)
qt_generate_deploy_app_script(TARGET veil-cli FILENAME_VARIABLE veil_cli_deploy_script)
install(SCRIPT "${veil_deploy_script}")
install(SCRIPT "${veil_cli_deploy_script}")

set(default_dll_dirs "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  set(default_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
set(VEIL_RUNTIME_DLL_DIRS "${default_dll_dirs}" CACHE STRING
    "Folders holding the non-Qt DLLs veil.exe needs (OpenCV, libexif, libheif, ...)")

# The same executables again, only to collect their DLL dependencies; Qt's are left to
# windeployqt and the system's to Windows.
install(TARGETS veil veil-cli RUNTIME_DEPENDENCY_SET veil_runtime_dlls
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET veil_runtime_dlls
  DESTINATION ${CMAKE_INSTALL_BINDIR}
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq][Tt]6" "^vcruntime" "^msvcp" "^concrt"
  POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll" ".*[Ww]indows/.*\\.dll"
  DIRECTORIES ${VEIL_RUNTIME_DLL_DIRS})

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# NSIS: Start menu entry, uninstaller, veil-cli on the PATH if the user agrees, and
# "Open with Veil" for the image types (registered under Applications\veil.exe).
set(CPACK_NSIS_PACKAGE_NAME "Veil")
set(CPACK_NSIS_DISPLAY_NAME "Veil ${PROJECT_VERSION}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\veil.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${VEIL_HOMEPAGE_URL}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(open_with_key "Software\\Classes\\Applications\\veil.exe")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
  "WriteRegStr SHCTX '${open_with_key}\\shell\\open\\command' '' '\"$INSTDIR\\bin\\veil.exe\" \"%1\"'")
foreach(ext .jpg .jpeg .png .heic .heif .webp .tif .tiff)
  string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "\nWriteRegStr SHCTX '${open_with_key}\\SupportedTypes' '${ext}' ''"
    "\nWriteRegStr SHCTX 'Software\\Classes\\${ext}\\OpenWithList\\veil.exe' '' ''")
endforeach()
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey SHCTX '${open_with_key}'")
foreach(ext .jpg .jpeg .png .heic .heif .webp .tif .tiff)
  string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "\nDeleteRegKey SHCTX 'Software\\Classes\\${ext}\\OpenWithList\\veil.exe'")
endforeach()

# WiX (cpack -G WIX): a fixed upgrade code lets a newer MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "6B1E2C47-5D0A-4C1B-9E57-3F0B8C2D7A41")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Veil")
