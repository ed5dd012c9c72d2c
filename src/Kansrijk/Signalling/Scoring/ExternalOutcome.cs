using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;

namespace Kansrijk.Signalling.Scoring;

/// <summary>
/// The outcome of another instrument as the professional recorded it: per domain of the Kansrijk instrument a result,
/// no items. Kept in the same encrypted answers document as a questionnaire, under these keys, so that it gives the
/// same kind of <see cref="ScoreResult"/> (and so the same advice and counts) as a scored questionnaire.
/// </summary>
public static class ExternalOutcome
{
    public const string InstrumentKey = "extern:instrument";
    public const string DateKey = "extern:datum";
    public static string DomainKey(string domain) => "uitkomst:" + domain;

    public static readonly IReadOnlyList<string> KnownInstruments = ["ALPHA-NL", "MindzCare", "R4U"];
    public const string Other = "anders";

    public static string Word(DomainResult result) => result switch
    {
        DomainResult.Advies => "advies",
        DomainResult.Aandacht => "aandacht",
        _ => "geen",
    };

    public static DomainResult? Parse(string? word) => word switch
    {
        "geen" => DomainResult.Geen,
        "aandacht" => DomainResult.Aandacht,
        "advies" => DomainResult.Advies,
        _ => null,
    };

    /// <summary>The domains as recorded (a domain without a result counts as geen); the overall result follows the same rule as scoring.</summary>
    public static ScoreResult Score(InstrumentDefinition instrument, IReadOnlyDictionary<string, string> answers)
    {
        var domains = instrument.Domains
            .Select(d => new DomainScore(d.Key!, 0, Parse(answers.GetValueOrDefault(DomainKey(d.Key!))) ?? DomainResult.Geen, []))
            .ToList();
        var overall = domains.Any(d => d.Result == DomainResult.Advies) ? DomainResult.Advies
            : domains.Any(d => d.Result == DomainResult.Aandacht) ? DomainResult.Aandacht : DomainResult.Geen;
        return new ScoreResult(domains, 0, overall);
    }

    /// <summary>A questionnaire is scored from its answers; an outcome of another instrument is read as recorded.</summary>
    public static ScoreResult ScoreAny(FilledBy filledBy, InstrumentDefinition instrument, IReadOnlyDictionary<string, string> answers, bool partnerPresent) =>
        filledBy == FilledBy.ExternalInstrument ? Score(instrument, answers) : ScoringEngine.Score(instrument, answers, partnerPresent);
}
