using Kansrijk.Access.AccessLog;

namespace Kansrijk.Signalling.Responses;

/// <summary>
/// An invitation for the woman to fill in the instrument herself with a one-time code. Only a keyed hash of the code is
/// stored; the professional sees the code once. It is valid for <see cref="SelfReportService.ValidDays"/> days and can be
/// used to answer until it is submitted, and to read back until it expires.
/// </summary>
public sealed class SignallingInvitation : IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    public int PathwayId { get; init; }
    [Microsoft.AspNetCore.Identity.PersonalData] public required string CodeHash { get; init; }
    public required string CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public int? ResponseId { get; set; }
    public SignallingResponse? Response { get; set; }
}
