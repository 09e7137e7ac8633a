### display
