namespace Kansrijk.CarePaths;

/// <summary>How an offer of a care path fits one woman, by the path's own routing (<see cref="Routing"/>).</summary>
public enum OfferFit
{
    /// <summary>The routing chose it: it may be offered.</summary>
    Fits,
    /// <summary>It would be chosen or not depending on a question nobody answered yet.</summary>
    DependsOn,
    /// <summary>Its own age limits, or the age ranges of the agreements about it, leave her out.</summary>
    NotForAge,
    /// <summary>Not chosen by the answers given (not insured, or the situation an agreement asks does not apply).</summary>
    NotChosen,
}

/// <summary>An offer with how it fits her and why, in plain Dutch (the routing's reason, the open question, or why not).</summary>
public sealed record AdvisedOffer(OfferSummary Offer, OfferFit Fit, string Reason);

/// <summary>The offers of one theme's care path in her municipality, each once.</summary>
public sealed record ThemeAdvice(string ThemeCode, string ThemeName, IReadOnlyList<AdvisedOffer> Offers);

/// <summary>
/// A yes/no question the routing rules ask. <see cref="Key"/> is its form field: <see cref="OfferDirectory.InsuredKey"/> or
/// <see cref="OfferDirectory.SituationPrefix"/> plus the situation's key, the same names the care path page uses.
/// </summary>
public sealed record AdviceQuestion(string Key, string Question);

/// <summary>The routed offers per theme and the questions the rules of these paths ask.</summary>
public sealed record RoutedAdvice(IReadOnlyList<AdviceQuestion> Questions, IReadOnlyList<ThemeAdvice> Themes);
