using Kansrijk.Access.AccessLog;

namespace Kansrijk.Signalling.Responses;

/// <summary>
/// Who filled in the instrument: the woman with her code, the professional during a consult, or the professional who
/// recorded the outcome per domain of another instrument (ALPHA-NL, MindzCare, R4U; see ExternalOutcomeService).
/// </summary>
public enum FilledBy { Woman, Professional, ExternalInstrument }

/// <summary>
/// The answers of one woman to one instrument version. The answers (and free text) are encrypted as one JSON document;
/// the version id stays plain so the answers are always read with the questions they were given to.
/// </summary>
public sealed class SignallingResponse : Platform.Database.IVersioned, IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Version { get; set; }
    public int Id { get; init; }
    public int PathwayId { get; init; }
    public int InstrumentVersionId { get; init; }
    public required string Language { get; set; }
    public FilledBy FilledBy { get; init; }
    [Microsoft.AspNetCore.Identity.PersonalData] public required string AnswersEncrypted { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>
    /// The domains that gave advice, comma-separated, set when the answers are sent (and kept when her answers are erased,
    /// after retention or on her request), so the process indicators count without decrypting and rescoring. Null while
    /// not sent, and for rows sent before this was kept: the counts then score the answers.
    /// </summary>
    public string? AdviceDomainsKept { get; set; }
}
