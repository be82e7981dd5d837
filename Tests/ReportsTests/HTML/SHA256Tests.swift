import Foundation
import Testing

@testable import Reports

@Suite struct SHA256Tests {
    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func fipsVectors(message: String, digest: String) {
        #expect(Self.hex(SHA256.digest(message.utf8)) == digest)
    }

    @Test func millionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Self.hex(SHA256.digest(message)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every padding length around the 56-byte boundary, against a digest computed once from its parts.
    @Test func paddingBoundaries() {
        var seen = Set<String>()
        for length in 50...130 {
            let digest = Self.hex(SHA256.digest([UInt8](repeating: 0x61, count: length)))
            #expect(digest.count == 64)
            seen.insert(digest)
        }
        #expect(seen.count == 81)
        #expect(
            Self.hex(SHA256.digest([UInt8](repeating: 0x61, count: 64)))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"
        )
    }

    /// The hash Chromium itself printed for an inline script it blocked (`sha256-OOZd…`).
    @Test func matchesChromiumsSourceHash() {
        let policy = ContentSecurityPolicy(styleSheet: "document.title='pwned'")
        #expect(policy.styleHash == "'sha256-OOZdoXPDqH8mXwRL2SD/PxeZelKyfKks8H10hLXI4Ik='")
    }
}
