namespace Kansrijk.Platform.Layout;

/// <summary>What the _Field partial needs to draw one labelled input with its error next to it.</summary>
public sealed record FormField(string Name, string Label, string? Value, string? Error = null, string Type = "text")
{
    public string? Autocomplete { get; init; }
    public string? Description { get; init; }
    public bool Required { get; init; }
    /// <summary>The id of a datalist with suggestions for a text input.</summary>
    public string? List { get; init; }
    /// <summary>More than 0: a text area of this many rows instead of a one-line input.</summary>
    public int Rows { get; init; }
    public IReadOnlyList<(string Value, string Text)>? Options { get; init; }
    /// <summary>Options in groups (optgroup), after <see cref="Options"/> (which then holds the empty first choice).</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<(string Value, string Text)> Options)>? Groups { get; init; }

    public string ErrorId => $"{Name}-fout";
    public string DescriptionId => $"{Name}-uitleg";

    public string? DescribedBy =>
        string.Join(' ', new[] { Description is null ? null : DescriptionId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
