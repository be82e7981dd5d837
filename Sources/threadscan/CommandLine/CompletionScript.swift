/// The shell completion scripts (`threadscan --generate-completion-script bash|zsh|fish`), made
/// from the commands' option tables: every subcommand, option and listed value completes, and
/// files or folders where the value is a path.
struct CompletionScript {
    /// The shells a script can be generated for.
    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    var commands: [Command]
    var rootOptions: [OptionSpec]

    /// The script for `shell`.
    func script(for shell: Shell) -> String {
        switch shell {
        case .bash: bash
        case .zsh: zsh
        case .fish: fish
        }
    }

    /// The words that may follow `path` (`[]` for the top, `["lexicon"]` for the group).
    private func nextWords(after path: [String]) -> [String] {
        var words: [String] = []
        for command in commands where command.words.count > path.count && command.words.starts(with: path) {
            let word = command.words[path.count]
            if !words.contains(word) { words.append(word) }
        }
        return words
    }

    /// The groups and the top: every path of words that is not a command.
    private var groupPaths: [[String]] {
        var paths: [[String]] = [[]]
        for command in commands {
            for length in 1..<max(1, command.words.count) where !paths.contains(Array(command.words.prefix(length))) {
                paths.append(Array(command.words.prefix(length)))
            }
        }
        return paths
    }

    /// Every path of words a command line may start with, as a shell `case` pattern
    /// (`scan|lexicon|lexicon test`).
    private var namePattern: String {
        (groupPaths.dropFirst().map { $0.joined(separator: " ") } + commands.map(\.name)).map { "\"\($0)\"" }
            .joined(separator: "|")
    }

    /// The shell loop (the same in bash and zsh) that sets `cmd_path` to the longest run of words
    /// after `threadscan` that names a group or a command.
    private func pathLoop(words: String, first: Int, end: String) -> String {
        """
            for ((i = \(first); i < \(end); i++)); do
                candidate="${cmd_path:+$cmd_path }${\(words)[i]}"
                case "$candidate" in
                    \(namePattern)) cmd_path="$candidate" ;;
                    *) break ;;
                esac
            done

        """
    }

    private static func optionWords(_ options: [OptionSpec]) -> [String] {
        options.flatMap { option in (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.name)"] }
    }

    // MARK: bash

    private var bash: String {
        var out = """
            # bash completion for threadscan (threadscan --generate-completion-script bash)
            _threadscan() {
                local cur prev cmd_path candidate i
                cur="${COMP_WORDS[COMP_CWORD]}"
                prev="${COMP_WORDS[COMP_CWORD-1]}"
                cmd_path=""

            """
        out += pathLoop(words: "COMP_WORDS", first: 1, end: "COMP_CWORD")
        out += """
                case "$cmd_path" in

            """
        for path in groupPaths {
            let words = nextWords(after: path) + (path.isEmpty ? ["help"] + Self.optionWords(rootOptions) : [])
            out += "        \"\(path.joined(separator: " "))\")\n"
            if path.isEmpty {
                out += "            case \"$prev\" in\n"
                for option in rootOptions where option.valueName != nil {
                    out += "                --\(option.name)) \(Self.bashValue(option.kind)) ; return ;;\n"
                }
                out += "            esac\n"
            }
            out += "            COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\")) ;;\n"
        }
        for command in commands {
            out += "        \"\(command.name)\")\n            case \"$prev\" in\n"
            for option in command.options where option.valueName != nil {
                let names = ((option.short.map { ["-\($0)"] } ?? []) + ["--\(option.name)"]).joined(separator: "|")
                out += "                \(names)) \(Self.bashValue(option.kind)) ; return ;;\n"
            }
            let words = Self.optionWords(command.listedOptions).joined(separator: " ")
            let positional = command.arguments.first.map { Self.bashValue($0.kind) } ?? "COMPREPLY=()"
            out += """
                            esac
                            if [[ "$cur" == -* ]]; then
                                COMPREPLY=($(compgen -W "\(words)" -- "$cur"))
                            else
                                \(positional)
                            fi ;;

                """
        }
        out += """
                esac
            }
            complete -o filenames -F _threadscan threadscan

            """
        return out
    }

    private static func bashValue(_ kind: ValueKind) -> String {
        switch kind {
        case .file: "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .directory: "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .choice, .names:
            "COMPREPLY=($(compgen -W \"\((kind.listed ?? []).joined(separator: " "))\" -- \"$cur\"))"
        case .text, .number, .integer: "COMPREPLY=()"
        }
    }

    // MARK: zsh

    private var zsh: String {
        var out = """
            #compdef threadscan
            # zsh completion for threadscan (threadscan --generate-completion-script zsh)

            _threadscan() {
                local cmd_path="" candidate
                integer i

            """
        out += pathLoop(words: "words", first: 2, end: "CURRENT")
        out += """
                case "$cmd_path" in

            """
        for path in groupPaths {
            out += "        \"\(path.joined(separator: " "))\")\n"
            var entries = nextWords(after: path).map { word -> String in
                let abstract =
                    commands.first { $0.words == path + [word] }?.abstract ?? "subcommands of \(word)"
                return "'\(word):\(Self.zshQuoted(abstract))'"
            }
            if path.isEmpty { entries.append("'help:Show help for a subcommand.'") }
            out += "            local -a subcommands=(\(entries.joined(separator: " ")))\n"
            if path.isEmpty {
                let specs = rootOptions.map { Self.zshSpec($0) }.joined(separator: " ")
                out += "            _arguments \(specs) '1: :{_describe subcommand subcommands}' ;;\n"
            } else {
                out += "            _describe subcommand subcommands ;;\n"
            }
        }
        for command in commands {
            let skip = command.words.count + 1
            let specs = command.listedOptions.map { Self.zshSpec($0) }
            let positional = command.arguments.first.map { argument in
                "'\(argument.repeating ? "*" : "1"):\(argument.name):\(Self.zshAction(argument.kind))'"
            }
            out += "        \"\(command.name)\")\n"
            out += "            words=(\"${(@)words[\(skip),-1]}\"); (( CURRENT -= \(skip - 1) ))\n"
            out += "            _arguments \((specs + (positional.map { [$0] } ?? [])).joined(separator: " ")) ;;\n"
        }
        out += """
                esac
            }

            _threadscan "$@"

            """
        return out
    }

    private static func zshSpec(_ option: OptionSpec) -> String {
        let help = option.help.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "(")
            .replacingOccurrences(of: "]", with: ")")
        let tail = "[\(help)]" + (option.valueName.map { ":\($0):\(zshAction(option.kind))" } ?? "")
        guard let short = option.short else { return "'\(option.repeatable ? "*" : "")--\(option.name)\(tail)'" }
        let exclusion = option.repeatable ? "'*'" : "'(-\(short) --\(option.name))'"
        return "\(exclusion){-\(short),--\(option.name)}'\(tail)'"
    }

    private static func zshAction(_ kind: ValueKind) -> String {
        switch kind {
        case .file: "_files"
        case .directory: "_files -/"
        case .choice, .names: "(\((kind.listed ?? []).joined(separator: " ")))"
        case .text, .number, .integer: " "
        }
    }

    private static func zshQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: ":", with: "\\:")
    }

    // MARK: fish

    private var fish: String {
        var out = """
            # fish completion for threadscan (threadscan --generate-completion-script fish)
            function __threadscan_at --description 'whether the words typed name this group or command'
                set -l words (commandline -opc)
                set -e words[1]
                set -l path
                for word in $words
                    string match -q -- '-*' $word; and break
                    set -a path $word
                    if not contains -- (string join ' ' $path) \(groupAndCommandNames)
                        set -e path[-1]
                        break
                    end
                end
                set -l typed (string join ' ' $path)
                test "$typed" = "$argv[1]"
            end
            complete -c threadscan -f

            """
        for path in groupPaths {
            let condition = "__threadscan_at '\(path.joined(separator: " "))'"
            for word in nextWords(after: path) {
                let abstract = commands.first { $0.words == path + [word] }?.abstract ?? "subcommands of \(word)"
                out += "complete -c threadscan -n \"\(condition)\" -a \(word) -d '\(Self.fishQuoted(abstract))'\n"
            }
            if path.isEmpty {
                out += "complete -c threadscan -n \"\(condition)\" -a help -d 'Show help for a subcommand.'\n"
                for option in rootOptions { out += Self.fishOption(option, condition: condition) }
            }
        }
        for command in commands {
            let condition = "__threadscan_at '\(command.name)'"
            for option in command.listedOptions { out += Self.fishOption(option, condition: condition) }
            if let argument = command.arguments.first {
                switch argument.kind {
                case .file, .directory:
                    out += "complete -c threadscan -n \"\(condition)\" -F\n"
                default: break
                }
            }
        }
        return out
    }

    private var groupAndCommandNames: String {
        (groupPaths.dropFirst().map { $0.joined(separator: " ") } + commands.map(\.name)).map { "'\($0)'" }.joined(
            separator: " ")
    }

    private static func fishOption(_ option: OptionSpec, condition: String) -> String {
        var line = "complete -c threadscan -n \"\(condition)\""
        if let short = option.short { line += " -s \(short)" }
        line += " -l \(option.name)"
        if option.valueName != nil {
            switch option.kind {
            case .file: line += " -r -F"
            case .directory: line += " -r -a '(__fish_complete_directories)'"
            case .choice, .names: line += " -x -a '\((option.kind.listed ?? []).joined(separator: " "))'"
            case .text, .number, .integer: line += " -x"
            }
        }
        return line + " -d '\(fishQuoted(option.help))'\n"
    }

    private static func fishQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
