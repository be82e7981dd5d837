import Reports
import Testing

@testable import Serve

@Suite struct DiscoveryDocumentTests {
    private static let document = DiscoveryDocument.value(rootURL: "http://127.0.0.1:9/")

    /// Every `$ref` in `value`.
    private func references(_ value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            members.flatMap { key, value in key == "$ref" ? [value.stringValue ?? "?"] : references(value) }
        case .array(let items): items.flatMap(references)
        default: []
        }
    }

    @Test func everyReferenceNamesASchemaAndTheMethodsMatchTheRoutes() throws {
        let schemas = Set(try #require(Self.document["schemas"]?.members).map(\.0))
        let refs = references(Self.document)
        #expect(!refs.isEmpty)
        #expect(refs.allSatisfy(schemas.contains), "\(refs.filter { !schemas.contains($0) })")
        let methods = try #require(Self.document["resources"]?["comments"]?["methods"])
        #expect(methods["analyze"]?["path"]?.stringValue.map { "/" + $0 } == PerspectiveService.analyzePath)
        #expect(methods["suggestscore"]?["path"]?.stringValue.map { "/" + $0 } == PerspectiveService.suggestPath)
        #expect(Self.document["rootUrl"] == .string("http://127.0.0.1:9/"))
        #expect(Self.document["parameters"]?["key"]?["location"] == .string("query"))
    }

    @Test func parsesBackWithOurOwnParser() throws {
        #expect(try JSONParser.parse(Array(Self.document.serialized().utf8)) == Self.document)
    }
}
