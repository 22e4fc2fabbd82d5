/// A value that draws itself into a rectangle of a buffer.
public protocol Widget {
  /// Draws into `area` of `buffer`.
  func render(in area: Rect, into buffer: inout Buffer)
}
