# Where Veil's data (models, translations) is installed, relative to the prefix.
# bin/veil finds it as ../share/veil. On macOS it lives inside the bundle, so that
# veil.app/Contents/MacOS/veil finds it the same way, as Contents/share/veil.
if(APPLE)
  set(VEIL_INSTALL_SHAREDIR "veil.app/Contents/share")
else()
  set(VEIL_INSTALL_SHAREDIR "${CMAKE_INSTALL_DATADIR}")
endif()
