using System.Text.Json;

namespace Kansrijk.Pathways;

/// <summary>The explanation a professional reads out or prints before consent, per language (Data/consent-texts.json).</summary>
public sealed class ConsentTexts
{
    /// <param name="PurposeTexts">A whole explanation of its own for a purpose the general text does not fit (a case meeting passes nothing on: she is discussed).</param>
    public sealed record Language(string Code, string Name, string Direction, Dictionary<string, string> Purposes, string Text, Dictionary<string, string>? PurposeTexts = null);

    private sealed record File(string Version, string Note, List<Language> Languages);

    public static readonly ConsentTexts Instance = Load();

    private ConsentTexts(string version, IReadOnlyList<Language> languages)
    {
        Version = version;
        Languages = languages;
    }

    public string Version { get; }
    public IReadOnlyList<Language> Languages { get; }

    public Language? Find(string? code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>The explanation with the receiver and the purpose filled in.</summary>
    public static string Explain(Language language, ConsentPurpose purpose, string receiver, string offer)
    {
        if (language.PurposeTexts?.GetValueOrDefault(purpose.ToString()) is { } own) return own.Replace("{ontvanger}", receiver);
        var what = language.Purposes[purpose.ToString()].Replace("{doel}", offer).Replace("{ontvanger}", receiver);
        return language.Text.Replace("{doel}", what).Replace("{ontvanger}", receiver);
    }

    private static ConsentTexts Load()
    {
        using var stream = typeof(ConsentTexts).Assembly.GetManifestResourceStream("Kansrijk.Pathways.consent-texts.json")
            ?? throw new InvalidOperationException("consent-texts.json ontbreekt in de build.");
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new ConsentTexts(file.Version, file.Languages);
    }
}
