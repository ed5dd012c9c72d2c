using System.Globalization;
using Kansrijk.Signalling.Instruments;

namespace Kansrijk.Signalling.Scoring;

/// <summary>geen (score 0), aandacht (below the domain's threshold), advies (at or above it).</summary>
public enum DomainResult { Geen, Aandacht, Advies }

public sealed record DomainScore(string Key, int Score, DomainResult Result, IReadOnlyList<string> AnsweredItems)
{
    /// <summary>The wish-for-help question follows a domain's items only when something in it counted.</summary>
    public bool AsksWishForHelp => Score > 0;
}

public sealed record ScoreResult(IReadOnlyList<DomainScore> Domains, int Total, DomainResult Overall)
{
    public DomainScore this[string domainKey] => Domains.Single(d => d.Key == domainKey);
}

/// <summary>
/// The scoring rules of the format, with no database and no clock: answers (item key → value) in, domain scores,
/// domain results and the overall result out. Hidden items (show-if not met, partner items without a partner) and
/// answers that are not one of the item's options are not scored; a skipped item scores 0.
/// </summary>
public static class ScoringEngine
{
    public static ScoreResult Score(InstrumentDefinition instrument, IReadOnlyDictionary<string, string> answers, bool partnerPresent)
    {
        var shown = ShownItems(instrument, answers, partnerPresent);
        var domains = new List<DomainScore>();
        foreach (var domain in instrument.Domains)
        {
            var score = 0;
            var answered = new List<string>();
            foreach (var item in domain.Items.Where(i => shown.Contains(i.Key!)))
            {
                if (Weight(item, answers.GetValueOrDefault(item.Key!)) is not { } weight) continue;
                answered.Add(item.Key!);
                score += weight;
            }
            var result = score == 0 ? DomainResult.Geen : score < domain.Threshold ? DomainResult.Aandacht : DomainResult.Advies;
            domains.Add(new DomainScore(domain.Key!, score, result, answered));
        }
        var total = domains.Sum(d => d.Score);
        var overall = domains.Any(d => d.Result == DomainResult.Advies) || total >= instrument.OverallThreshold ? DomainResult.Advies
            : domains.Any(d => d.Result == DomainResult.Aandacht) ? DomainResult.Aandacht : DomainResult.Geen;
        return new ScoreResult(domains, total, overall);
    }

    /// <summary>The keys of the items that are asked, given the answers so far (in the order of the instrument).</summary>
    public static IReadOnlySet<string> ShownItems(InstrumentDefinition instrument, IReadOnlyDictionary<string, string> answers, bool partnerPresent)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            if (item.ForPartner && !partnerPresent) continue;
            if (item.ShowIf is { } condition
                && !(shown.Contains(condition.Item!) && answers.TryGetValue(condition.Item!, out var value) && condition.In.Contains(value)))
            {
                continue;
            }
            shown.Add(item.Key!);
        }
        return shown;
    }

    /// <summary>The weight of one answer, or null when it does not count as answered (skipped, or not a valid answer).</summary>
    public static int? Weight(Item item, string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return null;
        if (ItemTypes.HasOptions(item.Type))
        {
            return item.Options.FirstOrDefault(o => o.Value == answer)?.Weight;
        }
        if (item.Type == ItemTypes.Number)
        {
            if (!decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                || item.Number is not { } spec || number < spec.Min || number > spec.Max)
            {
                return null;
            }
            return spec.Weights.Where(w => w.AtLeast <= number).Select(w => w.Weight).DefaultIfEmpty(0).Max();
        }
        return 0;
    }
}
