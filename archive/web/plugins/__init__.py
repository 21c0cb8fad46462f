"""The pieces of the archive's Datasette plugin, one job per module; archive/datasette_plugin.py wires them in."""
