### app-view
