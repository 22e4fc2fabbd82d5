import Foundation
import Glibc

/// A tiny HTTP/1.0 server on 127.0.0.1 for tests: fixed routes, a bounded number of
/// requests, and it stops by itself when idle (never reaches beyond the machine).
final class LoopbackHTTPServer: Sendable {
  /// A response: status, content type and body.
  struct Response: Sendable {
    var status = 200
    var contentType = "text/plain; charset=utf-8"
    var body: String
  }

  /// The port the server listens on.
  let port: UInt16
  private let socketFD: Int32

  /// Starts serving `routes` (path → response; other paths get 404) on a free port.
  init(routes: [String: Response], maxRequests: Int = 16, idleSeconds: Int32 = 10) throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
        bind(fd, raw, length) == 0 && listen(fd, 8) == 0 && getsockname(fd, raw, &length) == 0
      }
    }
    guard bound else {
      close(fd)
      throw POSIXError(.EADDRINUSE)
    }
    port = UInt16(bigEndian: address.sin_port)
    socketFD = fd
    let thread = Thread { Self.serve(fd, routes: routes, maxRequests: maxRequests, idleSeconds: idleSeconds) }
    thread.start()
  }

  /// The address of a path on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// Answers requests until `maxRequests` were served or none came for `idleSeconds`, then closes.
  private static func serve(_ fd: Int32, routes: [String: Response], maxRequests: Int, idleSeconds: Int32) {
    defer { close(fd) }
    for _ in 0..<maxRequests {
      var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&waiting, 1, idleSeconds * 1000) > 0 else { return }
      let client = accept(fd, nil, nil)
      guard client >= 0 else { return }
      answer(client, routes: routes)
      close(client)
    }
  }

  private static func answer(_ client: Int32, routes: [String: Response]) {
    var request = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 4096)
    while request.count < 65536, !request.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
      var waiting = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
      guard poll(&waiting, 1, 5000) > 0 else { return }
      let count = read(client, &chunk, chunk.count)
      guard count > 0 else { break }
      request += chunk[0..<count]
    }
    let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
    let path = line.count > 1 ? String(line[1]) : "/"
    let response = routes[path] ?? Response(status: 404, body: "not found")
    let body = Array(response.body.utf8)
    let head = "HTTP/1.0 \(response.status) \(response.status == 200 ? "OK" : "Not Found")\r\n"
      + "Content-Type: \(response.contentType)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    let bytes = Array(head.utf8) + body
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      sent += count
    }
  }
}
