/// The stack of open elements, with each entry's name and namespace beside it, and the positions
/// of the entries that matter to the scope checks: the topmost HTML element of each name, the
/// topmost boundary of each scope, the topmost special element.
///
/// Each such "topmost" is the head of a chain through the stack: every entry keeps the position
/// of the entry below it of the same name and of each category it belongs to, so a push or a pop
/// updates a few integers, and "is there a `p` in button scope" compares the topmost `p` with the
/// topmost button-scope boundary, two array reads, however deep the stack: `<p><button>` and then
/// 100,000 `<div>`s stays linear. The entries are one array of plain structs (a push or a pop is
/// one append or removal, one uniqueness check), so the stack allocates only when it grows.
struct OpenElementStack {
    /// The entries, bottom (`<html>`) first.
    private var entries: [Entry] = []
    /// The topmost entry of each category, by ``Category`` number, then the topmost HTML entry of
    /// each name, at ``categoryCount`` plus its raw value; -1 for none. One array, so that a push
    /// or a pop checks the uniqueness of one buffer for all the chains it updates.
    private var topmost = [Int32](repeating: -1, count: Self.categoryCount + HTMLElementName.allCases.count)
    /// Whether node i is on the stack, by node index.
    private var isOpen: [Bool] = []
    /// ``Category/bitsByName``, held here so that a push reads no global (a `swift_once` check).
    private let categoryBits = Category.bitsByName
    /// The HTML `option` elements removed from the stack since the builder last took them: their
    /// popping steps (``HTMLTreeBuilder/runOptionPoppingSteps()``) are still to run.
    var poppedOptions: [Int32] = []

    /// How many elements are open.
    var count: Int { entries.count }
    /// Whether no element is open.
    var isEmpty: Bool { entries.isEmpty }
    /// The current node (the top), or -1.
    var current: Int32 { entries.last?.node ?? -1 }
    /// The current node's namespace (the stack must not be empty).
    var currentNamespace: HTMLNamespace { entries[entries.count - 1].namespace }

    /// The entry at stack position `index` (0 is the bottom), read in place.
    subscript(_ index: Int) -> Entry {
        @inline(__always) _read { yield entries[index] }
    }

    /// Whether the entry at `index` is the HTML element `name`.
    func isHTML(at index: Int, _ name: HTMLElementName) -> Bool {
        entries[index].name == name && entries[index].namespace == .html
    }

    /// Whether the current node is the HTML element `name`.
    func currentIs(_ name: HTMLElementName) -> Bool {
        !entries.isEmpty && isHTML(at: entries.count - 1, name)
    }

    /// Whether any HTML element `name` is open.
    /// - Complexity: O(1).
    func containsHTML(_ name: HTMLElementName) -> Bool { topmost[Self.slot(of: name)] >= 0 }

    /// The position of the topmost HTML element `name`, or -1.
    /// - Complexity: O(1).
    func topmostPosition(of name: HTMLElementName) -> Int { Int(topmost[Self.slot(of: name)]) }

    /// The position of the topmost element that bounds `scope`, or -1.
    /// - Complexity: O(1).
    func topmostBoundary(of scope: HTMLElementCategories.Scope) -> Int {
        Int(topmost[Category.of(scope)])
    }

    /// The position of the topmost special element, or -1.
    /// - Complexity: O(1).
    var topmostSpecial: Int { Int(topmost[Category.special]) }

    /// Whether node `node` is open.
    /// - Complexity: O(1).
    func contains(_ node: Int32) -> Bool { Int(node) < isOpen.count && isOpen[Int(node)] }

    /// The stack position of `node`, searching from the top, or `nil`.
    func index(of node: Int32) -> Int? {
        guard contains(node) else { return nil }
        return entries.lastIndex { $0.node == node }
    }

    /// Pushes `node` on top.
    /// - Complexity: O(1) amortised.
    mutating func push(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace) {
        pushEntry(node, name: name, namespace: namespace)
        if Int(node) >= isOpen.count { growIsOpen(to: node) }
        isOpen[Int(node)] = true
    }

    /// Inserts `node` at stack position `index`.
    /// - Complexity: O(1) on top; O(d) for d entries above `index`.
    mutating func insert(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace, at index: Int) {
        let above = liftEntries(above: index - 1)
        push(node, name: name, namespace: namespace)
        restore(above)
    }

    /// Pops the current node and returns it.
    /// - Complexity: O(1).
    @discardableResult
    mutating func pop() -> Int32 {
        let entry = popEntry()
        let node = entry.node
        if entry.namespace == .html, entry.name == .option { poppedOptions.append(node) }
        isOpen[Int(node)] = false
        return node
    }

    /// Removes the entry at `index` and returns its node.
    /// - Complexity: O(1) on top; O(d) for d entries above `index`.
    @discardableResult
    mutating func remove(at index: Int) -> Int32 {
        let above = liftEntries(above: index)
        let node = pop()
        restore(above)
        return node
    }

    /// Puts `node` (of the same name and namespace) in place of the entry at `index`.
    mutating func replace(at index: Int, with node: Int32) {
        isOpen[Int(entries[index].node)] = false
        entries[index].node = node
        if Int(node) >= isOpen.count { growIsOpen(to: node) }
        isOpen[Int(node)] = true
    }
}

// MARK: - The chains

extension OpenElementStack {
    /// The categories an entry may belong to: the four scopes' boundaries and the special elements.
    enum Category {
        /// The default scope's boundaries.
        static let normal = 0
        /// The list item scope's boundaries.
        static let listItem = 1
        /// The button scope's boundaries.
        static let button = 2
        /// The table scope's boundaries.
        static let table = 3
        /// The special elements.
        static let special = 4

        /// The category of `scope`'s boundaries.
        @inline(__always) static func of(_ scope: HTMLElementCategories.Scope) -> Int {
            switch scope {
            case .normal: return normal
            case .listItem: return listItem
            case .button: return button
            case .table: return table
            }
        }

        /// The category bits of each (namespace, name), at ``index(_:_:)``.
        static let bitsByName: [UInt8] = {
            let names = HTMLElementName.allCases
            var bits = [UInt8](repeating: 0, count: 3 * names.count)
            for namespace in [HTMLNamespace.html, .svg, .mathml] {
                for name in names {
                    var value: UInt8 = 0
                    let scopes: [HTMLElementCategories.Scope] = [.normal, .listItem, .button, .table]
                    for scope in scopes where HTMLElementCategories.bounds(scope, name, namespace) {
                        value |= 1 << of(scope)
                    }
                    if HTMLElementCategories.isSpecial(name, namespace) { value |= 1 << special }
                    bits[index(name, namespace)] = value
                }
            }
            return bits
        }()

        /// Where the category bits of an element `name` in `namespace` are in ``bitsByName``.
        @inline(__always) static func index(_ name: HTMLElementName, _ namespace: HTMLNamespace) -> Int {
            Int(namespace.rawValue) * HTMLElementName.allCases.count + Int(name.rawValue)
        }
    }

    /// How many categories there are.
    static let categoryCount = 5

    /// Where the topmost HTML entry named `name` is kept in ``topmost``.
    @inline(__always) fileprivate static func slot(of name: HTMLElementName) -> Int {
        categoryCount + Int(name.rawValue)
    }

    /// One open element: its node, name and namespace, and its place in the chains (the entries
    /// below it of its name and of its categories).
    struct Entry {
        /// The node index.
        var node: Int32
        /// The interned name.
        let name: HTMLElementName
        /// The namespace.
        let namespace: HTMLNamespace
        /// The entry's categories (``Category`` bits).
        fileprivate let categories: UInt8
        /// For an entry in the HTML namespace, the position of the next HTML entry below it of the
        /// same name, or -1.
        fileprivate var belowOfName: Int32 = -1
        /// Per category the entry belongs to, by ``Category`` number, the next entry below it in
        /// that category (-1 for none, and for the categories it is not in).
        fileprivate var below = SIMD8<Int32>(repeating: -1)
    }

    /// Pushes an entry and links it into its chains (``isOpen`` untouched).
    @inline(__always) private mutating func pushEntry(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace) {
        let position = Int32(entries.count)
        var entry = Entry(
            node: node, name: name, namespace: namespace, categories: categoryBits[Category.index(name, namespace)])
        topmost.withUnsafeMutableBufferPointer { topmost in
            if namespace == .html {
                entry.belowOfName = topmost[Self.slot(of: name)]
                topmost[Self.slot(of: name)] = position
            }
            var categories = entry.categories
            while categories != 0 {
                let category = categories.trailingZeroBitCount
                entry.below[category] = topmost[category]
                topmost[category] = position
                categories &= categories &- 1
            }
        }
        entries.append(entry)
    }

    /// Pops the top entry, unlinks it from its chains (``isOpen`` untouched) and returns it.
    @inline(__always) @discardableResult private mutating func popEntry() -> Entry {
        let entry = entries.removeLast()
        topmost.withUnsafeMutableBufferPointer { topmost in
            if entry.namespace == .html { topmost[Self.slot(of: entry.name)] = entry.belowOfName }
            var categories = entry.categories
            while categories != 0 {
                let category = categories.trailingZeroBitCount
                topmost[category] = entry.below[category]
                categories &= categories &- 1
            }
        }
        return entry
    }

    /// Pops the entries above position `index` (they stay open), top first, for ``restore(_:)``.
    private mutating func liftEntries(above index: Int) -> [Entry] {
        var lifted: [Entry] = []
        while entries.count > index + 1 { lifted.append(popEntry()) }
        return lifted
    }

    /// Pushes back the entries ``liftEntries(above:)`` took.
    private mutating func restore(_ lifted: [Entry]) {
        for entry in lifted.reversed() { pushEntry(entry.node, name: entry.name, namespace: entry.namespace) }
    }

    /// Makes room in ``isOpen`` for `node`, at least doubling it (no temporary array).
    private mutating func growIsOpen(to node: Int32) {
        let count = Swift.max(Int(node) + 1 - isOpen.count, isOpen.count, 64)
        isOpen.append(contentsOf: repeatElement(false, count: count))
    }
}
