@_exported import Analysis
@_exported import Lexicon
@_exported import PageParsing
@_exported import Reports
@_exported import Serve
@_exported import ThreadModel
