using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Pathways;

/// <summary>
/// The chain around one pregnant woman, from first contact to the child's second birthday or closure. It holds the least
/// identifying data a handover needs: name, date of birth and contact details only encrypted (<see cref="ClientDataProtector"/>);
/// municipality, the postcode's four digits and the due date stay readable for counting. No BSN.
/// </summary>
public sealed class Pathway : Platform.Database.IVersioned, IClientData
{
    public string ClientKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Version { get; set; }
    public int Id { get; init; }
    /// <summary>The organisation that opened it; it is involved from the start.</summary>
    public int OrganisationId { get; init; }
    public required string OpenedByUserId { get; init; }
    public DateTime OpenedAt { get; init; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Why it was closed, from <see cref="Retention.PathwayClosing.Reasons"/>; kept after her data is removed, for the counts.</summary>
    public string? ClosedReason { get; set; }
    /// <summary>When her personal data was removed (on her request or after the retention period); counts stay.</summary>
    public DateTime? AnonymisedAt { get; set; }

    [PersonalData] public required string NameEncrypted { get; set; }
    [PersonalData] public required string BirthDateEncrypted { get; set; }
    [PersonalData] public string? PhoneEncrypted { get; set; }
    [PersonalData] public string? EmailEncrypted { get; set; }
    [PersonalData] public string? PartnerNameEncrypted { get; set; }
    /// <summary>A keyed hash of name and date of birth: finds the same woman without reading or searching names.</summary>
    [PersonalData] public required string IdentityHash { get; set; }

    public required string MunicipalityCode { get; set; }
    [PersonalData] public required string Postcode4 { get; set; }
    [PersonalData] public DateOnly DueDate { get; set; }
    /// <summary>Fictional demo person; shown as such on every page.</summary>
    public bool IsFictional { get; init; }

    public List<Involvement> Involvements { get; init; } = [];
    public List<Consent> Consents { get; init; } = [];
    public List<Referral> Referrals { get; init; } = [];
}

/// <summary>An organisation involved with a pathway: the one that opened it and every one that received a referral.</summary>
public sealed class Involvement : IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    public int PathwayId { get; init; }
    public int OrganisationId { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? EndedAt { get; set; }
    /// <summary>The last change by this organisation in the pathway (or a renewal); without one for a while it lapses.</summary>
    public DateTime? LastActivityAt { get; set; }
    /// <summary>Who ended it by hand; empty when it lapsed or the pathway was closed.</summary>
    public string? EndedByUserId { get; set; }
    public string? StartedByUserId { get; init; }
}

public enum ConsentPurpose
{
    /// <summary>Referral for a named offer (and so sharing the handover with its organisation).</summary>
    Referral,
    /// <summary>Sharing with a named organisation, without a referral.</summary>
    Sharing,
    /// <summary>The prenatal home visit by the JGZ.</summary>
    HomeVisit,
    /// <summary>
    /// Discussion by name in the case meetings (MDO) of the receiving organisation, the one that organises them
    /// (see docs/case-meetings.md); without it she can only be discussed anonymously.
    /// </summary>
    CaseMeeting,
}

public enum ConsentGivenBy { Woman, Partner }

public enum ConsentManner { Spoken, Written }

/// <summary>
/// Consent for one purpose and one receiver, with what was explained (the text's language and version), who gave it,
/// how, when and which professional recorded it. A withdrawal stops all further sharing from that moment.
/// </summary>
public sealed class Consent : IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    public int PathwayId { get; init; }
    public ConsentPurpose Purpose { get; init; }
    public int ReceiverOrganisationId { get; init; }
    /// <summary>For a referral: the offer it is for.</summary>
    public int? OfferId { get; init; }
    public ConsentGivenBy GivenBy { get; init; }
    public ConsentManner Manner { get; init; }
    /// <summary>The language of the explanation shown (nl, en, ar, tr, pl) and its version, from Data/consent-texts.json.</summary>
    public required string ExplanationLanguage { get; init; }
    public required string ExplanationVersion { get; init; }
    public DateTime GivenAt { get; init; }
    public required string RecordedByUserId { get; init; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawnByUserId { get; set; }

    public bool IsActive => WithdrawnAt is null;
}

public enum ReferralStatus { Registered, ContactMade, Started, Completed, NotStarted }

/// <summary>A warm handover to one offer: what the receiver needs to make contact, and nothing more.</summary>
public sealed class Referral : Platform.Database.IVersioned, IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Version { get; set; }
    public int Id { get; init; }
    public int PathwayId { get; init; }
    public Pathway? Pathway { get; init; }
    public int OfferId { get; init; }
    public int ReceiverOrganisationId { get; init; }
    public int ReferrerOrganisationId { get; init; }
    public int ConsentId { get; init; }
    [PersonalData] public required string ReasonEncrypted { get; set; }
    [PersonalData] public required string AgreedEncrypted { get; set; }
    [PersonalData] public string? ContactPreference { get; set; }
    public bool Urgent { get; init; }
    public required string ReferrerUserId { get; init; }
    public required string ReferrerContact { get; init; }
    public ReferralStatus Status { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public List<ReferralStatusChange> Changes { get; init; } = [];
}

/// <summary>Every status change, dated and by whom; "niet gestart" with a reason from the list.</summary>
public sealed class ReferralStatusChange
{
    public int Id { get; init; }
    public int ReferralId { get; init; }
    public ReferralStatus Status { get; init; }
    public string? NotStartedReason { get; init; }
    public DateTime At { get; init; }
    public required string ByUserId { get; init; }
}
