namespace Kansrijk.Signalling.Instruments;

/// <summary>A text with one entry per language code; Dutch ("nl") is always there and is the fallback.</summary>
public sealed class LocalText : Dictionary<string, string>
{
    public const string Dutch = "nl";

    public LocalText() : base(StringComparer.Ordinal) { }

    public bool HasDutch => TryGetValue(Dutch, out var nl) && !string.IsNullOrWhiteSpace(nl);

    /// <summary>The text in <paramref name="language"/>, or the Dutch text marked as a fallback so the page can say so (lang="nl").</summary>
    public Translation In(string language) =>
        TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text)
            ? new Translation(text, language, FellBack: false)
            : new Translation(TryGetValue(Dutch, out var nl) ? nl : "", Dutch, FellBack: language != Dutch);
}

/// <summary>A text as shown: its words, the language they are in, and whether that is the Dutch fallback.</summary>
public readonly record struct Translation(string Text, string Language, bool FellBack);

/// <summary>The languages the woman can choose; Arabic is written right to left.</summary>
public static class Languages
{
    public static readonly IReadOnlyList<string> Supported = ["nl", "en", "ar", "tr", "pl"];

    public static bool IsRightToLeft(string language) => language == "ar";
}
