using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>How the nurse meets her: at home, by video or by phone.</summary>
public enum HomeVisitKind { Home, Video, Phone }

public enum HomeVisitContactResult { Done, NotReached, Declined }

/// <summary>What came of the visit, in categories so they can be counted.</summary>
public enum HomeVisitOutcome { NoFurtherCare, JgzFollowUp, Intervention }

/// <summary>
/// The prenatal home visit (prenataal huisbezoek, PHB) by the JGZ: a referral of its own kind, made when the offer is the
/// municipality's PHB (<see cref="CarePaths.Offer.IsPrenatalHomeVisit"/>). The JGZ plans it (target: before week 30),
/// records every contact and the outcome; the referral's status follows (see <see cref="HomeVisitService"/>).
/// </summary>
public sealed class HomeVisit : Platform.Database.IVersioned, IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Version { get; set; }
    public int Id { get; init; }
    public int ReferralId { get; init; }
    public Referral? Referral { get; init; }
    public int PathwayId { get; init; }

    [PersonalData] public DateOnly? PlannedOn { get; set; }
    public HomeVisitKind? PlannedKind { get; set; }
    public DateTime? PlannedAt { get; set; }
    public string? PlannedByUserId { get; set; }

    [PersonalData] public HomeVisitOutcome? Outcome { get; set; }
    /// <summary>With <see cref="HomeVisitOutcome.Intervention"/>: the intervention of the menukaart she is referred to.</summary>
    [PersonalData] public int? OutcomeInterventionId { get; set; }
    public DateTime? OutcomeAt { get; set; }
    public string? OutcomeByUserId { get; set; }

    public List<HomeVisitContact> Contacts { get; init; } = [];
}

/// <summary>One attempt or meeting: when, how, what came of it, recorded by whom and when.</summary>
public sealed class HomeVisitContact : IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    public int HomeVisitId { get; init; }
    public int PathwayId { get; init; }
    [PersonalData] public DateOnly On { get; init; }
    public HomeVisitKind Kind { get; init; }
    [PersonalData] public HomeVisitContactResult Result { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string ByUserId { get; init; }
}

/// <summary>
/// A municipality's choice to offer the PHB to every pregnant woman (Haarlem does): the midwife then offers it without a
/// reason. Set by a coordinator of that municipality or an administrator.
/// </summary>
public sealed class HomeVisitMunicipality : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public required string MunicipalityCode { get; init; }
    public bool OfferedToAll { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedByUserId { get; set; }
}

public static class HomeVisitWords
{
    public static string Kind(HomeVisitKind kind) => kind switch
    {
        HomeVisitKind.Home => "huisbezoek",
        HomeVisitKind.Video => "beeldbellen",
        HomeVisitKind.Phone => "telefonisch",
        _ => kind.ToString(),
    };

    public static string Result(HomeVisitContactResult result) => result switch
    {
        HomeVisitContactResult.Done => "gesproken, bezoek gedaan",
        HomeVisitContactResult.NotReached => "niet bereikt",
        HomeVisitContactResult.Declined => "wil geen huisbezoek",
        _ => result.ToString(),
    };

    public static string Outcome(HomeVisitOutcome outcome) => outcome switch
    {
        HomeVisitOutcome.NoFurtherCare => "geen verdere zorg nodig",
        HomeVisitOutcome.JgzFollowUp => "vervolg door de JGZ",
        HomeVisitOutcome.Intervention => "verwijzing naar een interventie",
        _ => outcome.ToString(),
    };
}
