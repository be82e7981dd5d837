/// The stack of open elements, with each entry's name and namespace beside it and a count of the
/// HTML names on it, so "is there a `p` on the stack at all" is one array read.
struct OpenElementStack {
    /// The node indices, bottom (`<html>`) first.
    private(set) var nodes: [Int32] = []
    /// Each entry's interned name.
    private(set) var names: [HTMLElementName] = []
    /// Each entry's namespace.
    private(set) var namespaces: [HTMLNamespace] = []
    /// How many HTML elements of each name are on the stack, by raw value.
    private var htmlCounts = [Int32](repeating: 0, count: HTMLElementName.allCases.count)
    /// Whether node i is on the stack, by node index.
    private var isOpen: [Bool] = []
    /// The HTML `option` elements removed from the stack since the builder last took them: their
    /// popping steps (``HTMLTreeBuilder/runOptionPoppingSteps()``) are still to run.
    var poppedOptions: [Int32] = []

    /// How many elements are open.
    var count: Int { nodes.count }
    /// Whether no element is open.
    var isEmpty: Bool { nodes.isEmpty }
    /// The current node (the top), or -1.
    var current: Int32 { nodes.last ?? -1 }

    /// Whether the entry at `index` is the HTML element `name`.
    func isHTML(at index: Int, _ name: HTMLElementName) -> Bool {
        names[index] == name && namespaces[index] == .html
    }

    /// Whether the current node is the HTML element `name`.
    func currentIs(_ name: HTMLElementName) -> Bool {
        !nodes.isEmpty && isHTML(at: nodes.count - 1, name)
    }

    /// Whether any HTML element `name` is open.
    /// - Complexity: O(1).
    func containsHTML(_ name: HTMLElementName) -> Bool { htmlCounts[Int(name.rawValue)] > 0 }

    /// Whether node `node` is open.
    /// - Complexity: O(1).
    func contains(_ node: Int32) -> Bool { Int(node) < isOpen.count && isOpen[Int(node)] }

    /// The stack position of `node`, searching from the top, or `nil`.
    func index(of node: Int32) -> Int? {
        guard contains(node) else { return nil }
        return nodes.lastIndex(of: node)
    }

    /// Pushes `node` on top.
    mutating func push(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace) {
        insert(node, name: name, namespace: namespace, at: nodes.count)
    }

    /// Inserts `node` at stack position `index`.
    mutating func insert(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace, at index: Int) {
        nodes.insert(node, at: index)
        names.insert(name, at: index)
        namespaces.insert(namespace, at: index)
        if namespace == .html { htmlCounts[Int(name.rawValue)] += 1 }
        if Int(node) >= isOpen.count { isOpen += [Bool](repeating: false, count: Int(node) + 1 - isOpen.count + 64) }
        isOpen[Int(node)] = true
    }

    /// Pops the current node and returns it.
    @discardableResult
    mutating func pop() -> Int32 { remove(at: nodes.count - 1) }

    /// Removes the entry at `index` and returns its node.
    @discardableResult
    mutating func remove(at index: Int) -> Int32 {
        let node = nodes.remove(at: index)
        let name = names.remove(at: index)
        if namespaces.remove(at: index) == .html {
            htmlCounts[Int(name.rawValue)] -= 1
            if name == .option { poppedOptions.append(node) }
        }
        isOpen[Int(node)] = false
        return node
    }

    /// Puts `node` (of the same name and namespace) in place of the entry at `index`.
    mutating func replace(at index: Int, with node: Int32) {
        isOpen[Int(nodes[index])] = false
        nodes[index] = node
        if Int(node) >= isOpen.count { isOpen += [Bool](repeating: false, count: Int(node) + 1 - isOpen.count + 64) }
        isOpen[Int(node)] = true
    }
}
