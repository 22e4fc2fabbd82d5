import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Finds the article files under the paths given, noting what it cannot walk.
///
/// Folders are walked recursively in name order, hidden names left out. Each folder is
/// read once, known by its device and inode, so a symbolic link back to a parent ends
/// the walk there with a note instead of looping. Pipes, sockets and devices are never
/// opened: reading a pipe could wait forever.
struct FileWalk {
  /// The files found, in walk order.
  private(set) var files: [String] = []
  /// What could not be walked, one entry per path.
  private(set) var problems: [LoadProblem] = []
  /// The folders read so far, by device and inode.
  private var visitedFolders = Set<FileIdentity>()

  /// A file's identity on its device, the same through any link to it.
  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// Visits a path: a file given by name is always taken; a file found in a folder only
  /// with an article extension.
  mutating func visit(_ path: String, explicit: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let error = errno
      guard explicit || error == ELOOP || isArticleName(path) else { return }
      skip(path, Self.reason(errno: error, explicit: explicit, path: path))
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      walkFolder(path, identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    case S_IFREG:
      if explicit || isArticleName(path) { files.append(path) }
    default:
      if explicit || isArticleName(path) { skip(path, "not a regular file (a pipe, socket or device)") }
    }
  }

  private mutating func walkFolder(_ path: String, identity: FileIdentity) {
    guard visitedFolders.insert(identity).inserted else {
      skip(path, "folder already read (a symbolic link loop?)")
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      skip(path, "cannot read folder")
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      visit(path.hasSuffix("/") ? path + name : path + "/" + name, explicit: false)
    }
  }

  private func isArticleName(_ path: String) -> Bool {
    CorpusLoader.articleExtensions.contains((path as NSString).pathExtension.lowercased())
  }

  private mutating func skip(_ path: String, _ message: String) {
    problems.append(LoadProblem(path: path, message: message, severity: .skipped))
  }

  /// Why `stat` failed, in a few words.
  private static func reason(errno error: Int32, explicit: Bool, path: String) -> String {
    switch error {
    case ELOOP: return "symbolic link loop"
    case EACCES: return "permission denied"
    case ENOENT:
      var info = stat()
      return lstat(path, &info) == 0 ? "broken link" : explicit ? "no such file or folder" : "vanished while reading the folder"
    default: return String(cString: strerror(error))
    }
  }
}
