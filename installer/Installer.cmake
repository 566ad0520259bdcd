# CPack DEB packaging (make package). Debian package names match scripts/install-deps.sh.
set(CPACK_PACKAGE_NAME "palma-studio")
set(CPACK_PACKAGE_VENDOR "Palma Studio")
set(CPACK_PACKAGE_CONTACT "Palma Studio <palma@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "graphics")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
# The runtime libraries of what the executables link (Debian 12 names); GStreamer's plugins give Qt
# Multimedia its camera and codecs. OpenBLAS (the OpenMP build) replaces the reference BLAS under
# LibTorch's matrix products: the fit runs about a quarter faster with it (docs/performance.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libtorch1.13, libopencv-core406, libopencv-imgproc406, libopencv-imgcodecs406, libopencv-videoio406, libopencv-video406, libassimp5, zlib1g, libqt6core6, libqt6gui6, libqt6widgets6, libqt6opengl6, libqt6openglwidgets6, libqt6multimedia6, libvtk9.1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp, qt6-translations-l10n, gstreamer1.0-plugins-good, gstreamer1.0-plugins-base, gstreamer1.0-libav")
if(PALMA_GUI)
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/palma-studio.desktop" DESTINATION share/applications)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/palma.svg" DESTINATION share/icons/hicolor/scalable/apps)
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/palma-studio.metainfo.xml" DESTINATION share/metainfo)
endif()
include(CPack)
