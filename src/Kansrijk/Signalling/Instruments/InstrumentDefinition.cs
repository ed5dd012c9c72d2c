using System.Text.Json.Serialization;

namespace Kansrijk.Signalling.Instruments;

/// <summary>
/// One instrument version as written in the JSON format "kansrijk-instrument/1" (docs/signalling.md). The same shape is
/// read from the built-in file, imported and exported by administrators, and scored by <see cref="Scoring.ScoringEngine"/>.
/// </summary>
public sealed class InstrumentDefinition
{
    public string? Format { get; set; }
    public string? Key { get; set; }
    public int Version { get; set; }
    public LocalText? Name { get; set; }
    public LocalText? Intro { get; set; }
    public List<string> Languages { get; set; } = [];
    public int OverallThreshold { get; set; }
    public WishForHelp? WishForHelp { get; set; }
    public List<Domain> Domains { get; set; } = [];

    [JsonIgnore]
    public IEnumerable<Item> Items => Domains.SelectMany(d => d.Items);
}

public sealed class WishForHelp
{
    public LocalText? Question { get; set; }
    public List<Option> Options { get; set; } = [];
}

public sealed class Domain
{
    public string? Key { get; set; }
    public LocalText? Name { get; set; }
    public int Threshold { get; set; }
    public List<string> Themes { get; set; } = [];
    public LocalText? WomanAdvice { get; set; }
    public string? ProfessionalText { get; set; }
    public List<Item> Items { get; set; } = [];
}

public static class ItemTypes
{
    public const string YesNo = "yesno";
    public const string Choice = "choice";
    public const string Scale = "scale";
    public const string Number = "number";
    public const string Text = "text";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([YesNo, Choice, Scale, Number, Text], StringComparer.Ordinal);

    /// <summary>The types answered by picking one of the item's options.</summary>
    public static bool HasOptions(string? type) => type is YesNo or Choice or Scale;
}

public sealed class Item
{
    public string? Key { get; set; }
    public string? Type { get; set; }
    public LocalText? Text { get; set; }
    public LocalText? Help { get; set; }
    public bool ForPartner { get; set; }
    public ShowIf? ShowIf { get; set; }
    public List<Option> Options { get; set; } = [];
    public NumberSpec? Number { get; set; }
}

public sealed class ShowIf
{
    public string? Item { get; set; }
    public List<string> In { get; set; } = [];
}

public sealed class Option
{
    public string? Value { get; set; }
    public LocalText? Text { get; set; }
    public int Weight { get; set; }
}

public sealed class NumberSpec
{
    public decimal Min { get; set; }
    public decimal Max { get; set; }
    public LocalText? Unit { get; set; }
    public List<NumberWeight> Weights { get; set; } = [];
}

public sealed class NumberWeight
{
    public decimal AtLeast { get; set; }
    public int Weight { get; set; }
}
