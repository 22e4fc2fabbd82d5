/// The ncurses terminal backend.
import CNcurses
