using System.Globalization;
using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.CaseMeetings;

public enum MeetingKind
{
    /// <summary>A multidisciplinary meeting (MDO), for example in the hospital.</summary>
    Mdo,
    /// <summary>A network of a wijk or town.</summary>
    Network,
    /// <summary>A working group that meets regularly (for example every six weeks).</summary>
    WorkingGroup,
}

/// <summary>
/// A case meeting of one organisation or network: when, where (place or video link), who takes part. The meeting itself
/// holds no client data; its cases do.
/// </summary>
public sealed class CaseMeeting : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public required string Name { get; set; }
    public MeetingKind Kind { get; set; }
    public DateTime StartsAt { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    /// <summary>The organisation that organises it; a case-meeting consent is given to this organisation.</summary>
    public int OrganiserOrganisationId { get; init; }
    public required string CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    /// <summary>Demo meeting, marked "voorbeeld" everywhere.</summary>
    public bool IsFictional { get; init; }
    /// <summary>Cancelled by an organiser: it stays visible as "geannuleerd" and takes no new cases or changes.</summary>
    public DateTime? CancelledAt { get; set; }
    public string? CancelledByUserId { get; set; }

    public bool Cancelled => CancelledAt is not null;
    public List<MeetingParticipant> Participants { get; init; } = [];
    public List<MeetingCase> Cases { get; init; } = [];
}

/// <summary>A professional taking part, with the organisation she takes part for.</summary>
public sealed class MeetingParticipant
{
    public int Id { get; init; }
    public int MeetingId { get; init; }
    public required string UserId { get; init; }
    public int OrganisationId { get; init; }
    /// <summary>An organiser may change, cancel and invite; the one who planned it is one. A meeting keeps at least one.</summary>
    public bool IsOrganiser { get; set; }
}

/// <summary>
/// One case on the agenda. By name: a pathway with a case-meeting consent (the consent is kept, so a withdrawal hides
/// her from then on). Anonymous: no pathway at all, only pregnancy week, themes and question. Texts that describe the
/// woman are encrypted.
/// </summary>
public sealed class MeetingCase : Platform.Database.IVersioned, IClientData
{
    public string ClientKey => PathwayId?.ToString(CultureInfo.InvariantCulture) ?? "";
    public int Version { get; set; }
    public int Id { get; init; }
    public int MeetingId { get; init; }
    public int? PathwayId { get; init; }
    public int? ConsentId { get; init; }
    /// <summary>For an anonymous case; a case by name shows her current week.</summary>
    public int? PregnancyWeek { get; init; }
    [PersonalData] public string? ThemesEncrypted { get; set; }
    [PersonalData] public required string QuestionEncrypted { get; set; }
    [PersonalData] public string? DiscussionEncrypted { get; set; }
    [PersonalData] public string? DecisionsEncrypted { get; set; }
    public required string AddedByUserId { get; init; }
    public DateTime AddedAt { get; init; }
    public List<CaseAction> Actions { get; init; } = [];

    public bool ByName => PathwayId is not null;
}

/// <summary>An action agreed in a case: what, who (a participant), by when; it is in her "Mijn taken" until done.</summary>
public sealed class CaseAction : IClientData
{
    public string ClientKey => PathwayId?.ToString(CultureInfo.InvariantCulture) ?? "";
    public int Id { get; init; }
    public int CaseId { get; init; }
    /// <summary>Copied from the case, for the log's client key.</summary>
    public int? PathwayId { get; init; }
    [PersonalData] public required string WhatEncrypted { get; set; }
    public required string OwnerUserId { get; init; }
    public DateOnly DueDate { get; init; }
    /// <summary>For a case by name: the offer to refer her to.</summary>
    public int? OfferId { get; init; }
    /// <summary>The referral that came from this action.</summary>
    public int? ReferralId { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DoneAt { get; set; }
}

/// <summary>The purposes of encryption (each text its own), as <see cref="Pathways.ClientDataProtector"/> wants them.</summary>
public static class CaseFields
{
    public const string Themes = "case.themes";
    public const string Question = "case.question";
    public const string Discussion = "case.discussion";
    public const string Decisions = "case.decisions";
    public const string Action = "case.action";
}
