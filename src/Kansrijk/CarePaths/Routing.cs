using Kansrijk.Geography;

namespace Kansrijk.CarePaths;

/// <summary>A condition of a routing rule ("met schulden"), asked as a yes/no question. <see cref="Key"/> is its name in a URL.</summary>
public sealed record RoutingQuestion(string Key, string Situation)
{
    public string Question => $"Geldt dit voor haar: {Situation}?";

    public static string KeyOf(string situation) => SearchText.Normalise(situation).Replace(' ', '-');
}

/// <summary>
/// What the professional answered. Age is required for any outcome; insurance and each situation may be unanswered (null /
/// missing): then no offer that depends on them is chosen, it is listed as waiting for that answer instead.
/// </summary>
public sealed record RoutingAnswers(int Age, bool? Insured, IReadOnlyDictionary<string, bool> Situations);

/// <summary>An offer that the routing picked, with the reason in words.</summary>
public sealed record RoutedOffer(Offer Offer, string Reason);

/// <summary>An offer that would be chosen or not depending on a question nobody answered yet.</summary>
public sealed record WaitingOffer(Offer Offer, string OpenQuestion);

public sealed record RoutingOutcome(IReadOnlyList<RoutedOffer> Routed, IReadOnlyList<WaitingOffer> Waiting);

public static class Routing
{
    public const string InsuranceQuestion = "Heeft zij een zorgverzekering?";

    /// <summary>The situations the rules of these paths depend on, each once.</summary>
    public static IReadOnlyList<RoutingQuestion> Questions(IEnumerable<CarePathView> paths) =>
        [.. paths.SelectMany(p => p.Rules).Select(r => r.Rule.Situation).OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => new RoutingQuestion(RoutingQuestion.KeyOf(s), s.Trim())).DistinctBy(q => q.Key)];

    /// <summary>
    /// Who helps this woman, for one or more themes at once? A rule chooses its offer when her age is in its range (both ends
    /// included) and its situation was answered "ja"; then the offer's own criteria (age, insurance) must hold too. Offers no
    /// rule speaks about stay when their own criteria fit. Nothing rests on an unanswered question: such offers wait for it.
    /// Every offer appears once. The answers are only used here: they are not stored or logged.
    /// </summary>
    public static RoutingOutcome Route(IReadOnlyList<CarePathView> paths, RoutingAnswers answers)
    {
        var routed = new List<RoutedOffer>();
        var waiting = new List<WaitingOffer>();
        var age = answers.Age;
        bool AgeFits(Offer o) => (o.MinAge is null || age >= o.MinAge) && (o.MaxAge is null || age <= o.MaxAge);
        bool Seen(Offer o) => routed.Any(x => x.Offer.Id == o.Id);
        void Consider(Offer offer, string reason)
        {
            if (Seen(offer) || !AgeFits(offer))
            {
                return;
            }
            if (offer.Insurance != InsuranceCriterion.Any && answers.Insured is null)
            {
                Wait(offer, InsuranceQuestion);
                return;
            }
            if (offer.Insurance == InsuranceCriterion.Any || (offer.Insurance == InsuranceCriterion.InsuredOnly) == answers.Insured)
            {
                waiting.RemoveAll(w => w.Offer.Id == offer.Id);
                routed.Add(new RoutedOffer(offer, reason));
            }
        }
        void Wait(Offer offer, string question)
        {
            if (!Seen(offer) && waiting.All(w => w.Offer.Id != offer.Id))
            {
                waiting.Add(new WaitingOffer(offer, question));
            }
        }
        var several = paths.Count > 1;
        foreach (var path in paths)
        {
            var prefix = several ? $"{path.Theme.Name}: " : "";
            foreach (var rule in path.Rules.Where(r => r.Offer is not null && (r.Rule.MinAge is null || age >= r.Rule.MinAge) && (r.Rule.MaxAge is null || age <= r.Rule.MaxAge)))
            {
                var situation = string.IsNullOrWhiteSpace(rule.Rule.Situation) ? null : rule.Rule.Situation.Trim();
                if (situation is not null)
                {
                    if (!answers.Situations.TryGetValue(RoutingQuestion.KeyOf(situation), out var applies))
                    {
                        Wait(rule.Offer!, $"Geldt dit voor haar: {situation}?");
                        continue;
                    }
                    if (!applies)
                    {
                        continue;
                    }
                }
                Consider(rule.Offer!, prefix + $"Afspraak voor {CarePathNames.AgeRange(rule.Rule.MinAge, rule.Rule.MaxAge)}" + (situation is null ? "" : $", {situation}"));
            }
        }
        var ruled = paths.SelectMany(p => p.Rules).Select(r => r.Rule.OfferId).ToHashSet();
        foreach (var path in paths)
        {
            var prefix = several ? $"{path.Theme.Name}: " : "";
            foreach (var offer in path.Offers.Where(o => !ruled.Contains(o.Id)))
            {
                Consider(offer, prefix + "Past bij leeftijd en verzekering");
            }
        }
        return new RoutingOutcome(routed, [.. waiting.Where(w => !Seen(w.Offer))]);
    }
}
