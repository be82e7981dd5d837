/// The HTML report's style sheet: one inline `<style>` element, allowed by the page's
/// Content-Security-Policy through its hash.
///
/// Light and dark palettes follow `prefers-color-scheme`; print drops the backgrounds, keeps each
/// post on one page where it fits, and prints folded posts whole where the browser supports
/// `::details-content`. Nesting in the reply tree is plain list indentation, so the page reads the
/// same without CSS.
enum HTMLStyleSheet {
    /// The style sheet's text.
    static let css = """
        :root {
          color-scheme: light dark;
          --bg: #f5f6f8; --card: #ffffff; --fg: #1c2230; --muted: #5f6878; --line: #dde1e8;
          --accent: #2f55d4; --quote-bg: #f1f3f7; --quote-line: #c3cad6;
          --mark-bg: #ffe27a; --mark-fg: #2b2100; --mark-line: #d9a400;
          --high: #b42318; --high-bg: #fde7e5; --medium: #b54708; --medium-bg: #fff0db;
          --low: #7a5c00; --low-bg: #fbf3cc; --none: #4d5566; --none-bg: #eceff3;
          --support: #1d7a3e; --deny: #b42318; --query: #2f55d4;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #12151b; --card: #1a1e26; --fg: #e4e7ed; --muted: #9aa3b3; --line: #2c323d;
            --accent: #8ea6ff; --quote-bg: #222733; --quote-line: #444c5c;
            --mark-bg: #6b5300; --mark-fg: #fff4cc; --mark-line: #b08a00;
            --high: #ff8b80; --high-bg: #4a1d1a; --medium: #ffb45e; --medium-bg: #43300f;
            --low: #e9cf6a; --low-bg: #3a3413; --none: #aab2c0; --none-bg: #2a303b;
            --support: #6fd394; --deny: #ff8b80; --query: #8ea6ff;
          }
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          overflow-wrap: anywhere;
        }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 .35rem; }
        h2 { font-size: 1.1rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: .95rem; margin: 1rem 0 .4rem; color: var(--muted); }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        .meta { color: var(--muted); font-size: .88rem; }
        .counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .9rem 0 0; padding: 0; list-style: none; }
        .counts li { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .35rem .7rem; }
        .counts b { font-size: 1.05rem; margin-right: .25rem; }
        .badge {
          display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
          padding: .05rem .45rem; border-radius: 999px; vertical-align: .08em; white-space: nowrap;
        }
        .sev-high .badge, .badge.sev-high { color: var(--high); background: var(--high-bg); }
        .sev-medium .badge, .badge.sev-medium { color: var(--medium); background: var(--medium-bg); }
        .sev-low .badge, .badge.sev-low { color: var(--low); background: var(--low-bg); }
        .sev-none .badge, .badge.sev-none { color: var(--none); background: var(--none-bg); }
        .queue { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
        .entry {
          background: var(--card); border: 1px solid var(--line); border-left: .3rem solid var(--none);
          border-radius: .55rem; padding: .7rem .9rem;
        }
        .entry.sev-high { border-left-color: var(--high); }
        .entry.sev-medium { border-left-color: var(--medium); }
        .entry.sev-low { border-left-color: var(--low); }
        .entry-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .6rem; }
        .rank { color: var(--muted); font-variant-numeric: tabular-nums; }
        .priority { margin-left: auto; color: var(--muted); font-size: .85rem; font-variant-numeric: tabular-nums; }
        .priority meter { width: 5rem; height: .6rem; vertical-align: middle; margin-right: .3rem; }
        .reasons { margin: .4rem 0 0; padding-left: 1.2rem; }
        .start { margin: .35rem 0 0; font-style: italic; }
        .baseline { font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 0 .45rem; }
        .baseline.new { color: var(--accent); border-color: var(--accent); font-weight: 700; }
        .course { margin: .9rem 0 0; }
        .course svg { display: block; width: 100%; height: auto; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; }
        .course .axis { stroke: var(--line); stroke-width: 1; }
        .course .depth { stroke: var(--muted); stroke-width: 1; fill: none; }
        .course rect.sev-none { fill: var(--none); opacity: .45; }
        .course rect.sev-low { fill: var(--low); }
        .course rect.sev-medium { fill: var(--medium); }
        .course rect.sev-high { fill: var(--high); }
        .course figcaption { color: var(--muted); font-size: .85rem; }
        .index { list-style: none; margin: 0 0 1.5rem; padding: 0; display: grid; gap: .4rem; }
        .index li { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .45rem .8rem; }
        .evidence { display: flex; flex-wrap: wrap; gap: .35rem; margin: .5rem 0 0; padding: 0; list-style: none; }
        .evidence li {
          background: var(--mark-bg); color: var(--mark-fg); border-radius: .3rem; padding: 0 .4rem; font-size: .9rem;
        }
        .evidence li::before { content: "\\201C"; }
        .evidence li::after { content: "\\201D"; }
        .empty { color: var(--muted); font-style: italic; }
        .signals { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; }
        .signal { background: var(--card); border: 1px solid var(--line); border-radius: .55rem; padding: .6rem .85rem; }
        .signal h3 { margin: 0 0 .3rem; }
        .signal ul { margin: 0; padding-left: 1.1rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; background: var(--card); font-size: .9rem; overflow-wrap: normal; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        td.num { font-variant-numeric: tabular-nums; }
        .tree, .replies { list-style: none; margin: 0; padding: 0; }
        .replies { margin-left: 1.1rem; padding-left: .9rem; border-left: 2px solid var(--line); }
        .tree > li, .replies > li { margin: .6rem 0 0; }
        .post {
          background: var(--card); border: 1px solid var(--line); border-radius: .55rem; padding: .6rem .85rem;
          scroll-margin-top: 1rem;
        }
        .post.sev-high { border-color: var(--high); box-shadow: inset .25rem 0 0 var(--high); }
        .post.sev-medium { border-color: var(--medium); box-shadow: inset .25rem 0 0 var(--medium); }
        .post.sev-low { box-shadow: inset .25rem 0 0 var(--low); }
        .post:target { outline: 3px solid var(--accent); outline-offset: 2px; }
        .post-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .55rem; font-size: .9rem; }
        .num { font-weight: 700; font-variant-numeric: tabular-nums; }
        .author { font-weight: 650; }
        .inferred { color: var(--muted); font-weight: 400; font-style: italic; }
        .time, .edge { color: var(--muted); }
        .stance { font-weight: 600; white-space: nowrap; }
        .stance-support { color: var(--support); }
        .stance-deny { color: var(--deny); }
        .stance-query { color: var(--query); }
        .stance-comment { color: var(--muted); font-weight: 400; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0 0; }
        mark {
          background: var(--mark-bg); color: var(--mark-fg); border-bottom: 2px solid var(--mark-line);
          border-radius: .2rem; padding: 0 .1rem; cursor: help;
        }
        mark.rule { background: none; color: inherit; border-bottom: 2px dotted var(--muted); border-radius: 0; padding: 0; }
        blockquote.quote {
          margin: .45rem 0 0; padding: .35rem .7rem; background: var(--quote-bg); border-left: 3px solid var(--quote-line);
          border-radius: .3rem; font-size: .9rem; color: var(--muted);
        }
        blockquote.quote p { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; color: var(--fg); }
        .quote-head { font-size: .82rem; }
        .reactions { display: flex; flex-wrap: wrap; gap: .3rem; margin: .45rem 0 0; padding: 0; list-style: none; font-size: .8rem; }
        .reactions li { border: 1px solid var(--line); border-radius: 999px; padding: 0 .5rem; color: var(--muted); }
        details.more > summary { cursor: pointer; color: var(--accent); font-size: .85rem; margin-top: .3rem; }
        .post:has(> details.more[open]) > .excerpt { display: none; }
        details.more[open] > summary .hint-closed, details.more:not([open]) > summary .hint-open { display: none; }
        .legend { color: var(--muted); font-size: .82rem; margin: .25rem 0 0; }
        @media (max-width: 40rem) {
          main { padding: 1rem .75rem 2rem; }
          .replies { margin-left: .3rem; padding-left: .55rem; }
          .priority { margin-left: 0; }
        }
        @media print {
          :root { --bg: #fff; --card: #fff; --quote-bg: #fff; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          a { color: inherit; }
          .entry, .post, .signal { break-inside: avoid; }
          mark { border-bottom-width: 1px; }
          .table-wrap { overflow: visible; }
          @supports selector(::details-content) {
            details.more::details-content { content-visibility: visible; display: contents; }
            details.more > summary, .excerpt { display: none; }
          }
        }
        """
}
