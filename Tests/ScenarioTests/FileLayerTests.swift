import Testing

@testable import scenario

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file layer's small parts, in the process: how a path splits into its folder and name,
/// how a path reads as text (only ever for a message), and the words each system error gets.
@Suite struct FileLayerTests {
    @Test(arguments: [
        ("model.scenario", ".", "model.scenario"),
        ("Scenarios/model.scenario", "Scenarios", "model.scenario"),
        ("/model.scenario", "/", "model.scenario"),
        ("a/b/", "a/b", ""),
        ("<stdin>", ".", "<stdin>"),
    ])
    func aPathSplitsIntoItsFolderAndName(_ path: String, _ folder: String, _ name: String) {
        #expect(PhysicalPath.split(path) == (folder, name))
    }

    @Test(arguments: [
        ("/a/b/../c", "/a/c"),
        ("/a/./b/", "/a/b"),
        ("/../a", "/a"),
        ("a/../../b", "../b"),
        ("a/..", "."),
    ])
    func textualNormalisationStrikesOutDotDot(_ path: String, _ normalised: String) {
        #expect(PhysicalPath.lexicallyNormalised(path) == normalised)
    }

    /// A full disk, a used-up quota and a read-only disk are each named as what they are, and
    /// none of them as a permission problem.
    @Test(arguments: [
        (ENOSPC, "no space left on device"),
        (EDQUOT, "the disk quota is used up"),
        (EROFS, "the file system is read-only"),
        (EFBIG, "the file is too large for the file system"),
        (EIO, "input/output error"),
        (EACCES, "permission denied"),
    ])
    func everyCauseIsNamedForWhatItIs(_ code: Int32, _ reason: String) {
        #expect(SystemError(code).reason == reason)
        if code != EACCES {
            #expect(!SystemError(code).helpForWriting.contains("permission"))
            #expect(!SystemError(code).helpForReading.contains("permission"))
        }
    }

    /// An error this type does not name still reads as a message: the C library's words, lower-cased.
    @Test func anUnnamedErrorUsesTheSystemsWords() {
        let reason = SystemError(ENOTSOCK).reason
        #expect(reason.first?.isLowercase == true)
        #expect(!reason.hasSuffix("."))
    }
}
