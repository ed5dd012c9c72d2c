using System.Text.Json;
using Kansrijk.Access.AccessLog;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Responses;

public enum CodeStatus { Unknown, Expired, Open, Submitted }

/// <summary>What a typed code opens: nothing (unknown or expired), the questionnaire to answer, or her answers to read back.</summary>
public sealed record CodeAccess(CodeStatus Status, SignallingInvitation? Invitation)
{
    public bool CanAnswer => Status == CodeStatus.Open;
    public bool CanRead => Status is CodeStatus.Open or CodeStatus.Submitted;
}

/// <summary>
/// The woman's self-report with a one-time code: invitations, answers saved per page (encrypted as one JSON document),
/// and the submit after which they are read-only. The pages ask the authorization; this service keeps the rules of the
/// code (expiry, single use) and writes the access log for the woman as "vrouw zelf (met code)". The same answers can be
/// given during a consult by the professional (no code, <see cref="FilledBy.Professional"/>), with the same merge.
/// </summary>
public sealed class SelfReportService(KansrijkDb db, ClientDataProtector protector, InstrumentService instruments,
    AccessLogWriter log, TimeProvider clock)
{
    public const int ValidDays = 14;
    public const string WomanActor = "vrouw zelf (met code)";
    private const string CodePurpose = "signalling-invitation";
    public const string AnswersField = "signalling.answers";
    private const string ConsultByKey = "consult:door";

    /// <summary>The answer to the wish-for-help question of a domain is kept under this key.</summary>
    public static string WishKey(string domainKey) => "wens:" + domainKey;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Makes an invitation and returns the code, the only time it exists in plain text.</summary>
    public async Task<(SignallingInvitation Invitation, string Code)> InviteAsync(int pathwayId, string userId, CancellationToken ct)
    {
        var code = InvitationCodes.New();
        var invitation = new SignallingInvitation
        {
            PathwayId = pathwayId,
            CodeHash = protector.KeyedHash(CodePurpose, code),
            CreatedByUserId = userId,
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(ValidDays),
        };
        db.Add(invitation);
        await db.SaveChangesAsync(ct);
        return (invitation, code);
    }

    public async Task<CodeAccess> OpenAsync(string? typed, CancellationToken ct)
    {
        var code = InvitationCodes.Normalize(typed);
        if (code.Length != InvitationCodes.Length) return new CodeAccess(CodeStatus.Unknown, null);
        var hash = protector.KeyedHash(CodePurpose, code);
        var invitation = await db.Set<SignallingInvitation>().Include(i => i.Response).SingleOrDefaultAsync(i => i.CodeHash == hash, ct);
        if (invitation is null) return new CodeAccess(CodeStatus.Unknown, null);
        if (Now >= invitation.ExpiresAt) return new CodeAccess(CodeStatus.Expired, null);
        return new CodeAccess(invitation.Response?.SubmittedAt is null ? CodeStatus.Open : CodeStatus.Submitted, invitation);
    }

    /// <summary>Merges the answers of one page into what she gave before (an empty answer removes one); refused after submit.</summary>
    public async Task<string?> SaveAsync(CodeAccess access, string language, IReadOnlyDictionary<string, string?> page, CancellationToken ct)
    {
        if (!access.CanAnswer) return "Deze code kan niet meer worden gebruikt om antwoorden te geven.";
        var invitation = access.Invitation!;
        var response = invitation.Response;
        if (response is null)
        {
            response = await NewResponseAsync(invitation.PathwayId, language, FilledBy.Woman, ct);
            invitation.Response = response;
        }
        if (await MergeAsync(response, language, page, ct) is { } refused) return refused;
        log.Add(db, WomanEvent(AccessAction.Update, invitation, "antwoorden opgeslagen"));
        using (AccessActor.ActingAs(WomanActor)) await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> SubmitAsync(CodeAccess access, CancellationToken ct)
    {
        if (!access.CanAnswer || access.Invitation!.Response is null) return "Er is niets om te versturen met deze code.";
        await MarkSubmittedAsync(access.Invitation.Response, ct);
        log.Add(db, WomanEvent(AccessAction.Update, access.Invitation, "vragenlijst verstuurd"));
        using (AccessActor.ActingAs(WomanActor)) await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The questionnaire a professional began during a consult on this pathway and has not sent yet, if any.</summary>
    public Task<SignallingResponse?> ConsultInProgressAsync(int pathwayId, CancellationToken ct) =>
        db.SignallingResponses.Where(r => r.PathwayId == pathwayId && r.FilledBy == FilledBy.Professional && r.SubmittedAt == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Begins (or continues, in another language) the questionnaire the professional fills in with her during a consult:
    /// no code, the signed-in professional is the actor, and her name is kept with the answers for the summary.
    /// </summary>
    public async Task<SignallingResponse> StartConsultAsync(int pathwayId, string language, string professionalName, CancellationToken ct)
    {
        var response = await ConsultInProgressAsync(pathwayId, ct);
        if (response is null)
        {
            response = await NewResponseAsync(pathwayId, language, FilledBy.Professional, ct);
            response.AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(new Dictionary<string, string> { [ConsultByKey] = professionalName }));
            db.Add(response);
            log.Add(db, ConsultEvent(AccessAction.Create, pathwayId, "vragenlijst tijdens consult begonnen"));
        }
        response.Language = language;
        await db.SaveChangesAsync(ct);
        return response;
    }

    public async Task<string?> SaveConsultAsync(SignallingResponse response, IReadOnlyDictionary<string, string?> page, CancellationToken ct)
    {
        if (response.FilledBy != FilledBy.Professional || response.SubmittedAt is not null) return "Deze vragenlijst is al verstuurd.";
        if (await MergeAsync(response, response.Language, page, ct) is { } refused) return refused;
        log.Add(db, ConsultEvent(AccessAction.Update, response.PathwayId, "antwoorden opgeslagen tijdens consult"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> SubmitConsultAsync(SignallingResponse response, CancellationToken ct)
    {
        if (response.FilledBy != FilledBy.Professional || response.SubmittedAt is not null) return "Deze vragenlijst is al verstuurd.";
        await MarkSubmittedAsync(response, ct);
        log.Add(db, ConsultEvent(AccessAction.Update, response.PathwayId, "vragenlijst verstuurd tijdens consult"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public Task LogConsultReadAsync(SignallingResponse response, CancellationToken ct) =>
        log.RecordAsync(ConsultEvent(AccessAction.Read, response.PathwayId, "antwoorden tijdens consult bekeken"), ct);

    /// <summary>Who filled in a consult questionnaire, as kept with its answers.</summary>
    public static string? ConsultBy(IReadOnlyDictionary<string, string> answers) => answers.GetValueOrDefault(ConsultByKey);

    /// <summary>
    /// The number questions of a page whose answer is not a number from its minimum to its maximum. An answer with a
    /// decimal comma is fine (it is kept with a point, as the scoring reads it).
    /// </summary>
    public static IReadOnlyList<Item> InvalidNumbers(InstrumentDefinition definition, IReadOnlyDictionary<string, string?> page) =>
        [.. definition.Items.Where(i => i.Type == ItemTypes.Number && page.TryGetValue(i.Key!, out var value) && !string.IsNullOrWhiteSpace(value)
            && NumberAnswer(i, value) is null)];

    private static string? NumberAnswer(Item item, string value)
    {
        var text = value.Trim().Replace(',', '.');
        return decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var number)
            && item.Number is { } spec && number >= spec.Min && number <= spec.Max ? text : null;
    }

    private async Task<SignallingResponse> NewResponseAsync(int pathwayId, string language, FilledBy filledBy, CancellationToken ct)
    {
        var published = await instruments.PublishedAsync(DefaultInstrument.Key, ct)
            ?? throw new InvalidOperationException("Er is geen gepubliceerde vragenlijst.");
        return new SignallingResponse
        {
            PathwayId = pathwayId,
            InstrumentVersionId = published.Version.Id,
            Language = language,
            FilledBy = filledBy,
            AnswersEncrypted = protector.Protect(AnswersField, "{}"),
            StartedAt = Now,
        };
    }

    /// <summary>Merges one page into the answers (only keys of the instrument; an empty answer removes one). Nothing changes if a number is invalid.</summary>
    private async Task<string?> MergeAsync(SignallingResponse response, string language, IReadOnlyDictionary<string, string?> page, CancellationToken ct)
    {
        var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
        if (InvalidNumbers(definition, page).Count > 0) return "Een getal ligt buiten wat de vraag toelaat.";
        var items = definition.Items.ToDictionary(i => i.Key!, StringComparer.Ordinal);
        var known = items.Keys.Concat(definition.Domains.Select(d => WishKey(d.Key!))).ToHashSet(StringComparer.Ordinal);
        var answers = Answers(response);
        foreach (var (key, value) in page.Where(p => known.Contains(p.Key)))
        {
            if (string.IsNullOrWhiteSpace(value)) answers.Remove(key);
            else answers[key] = items.TryGetValue(key, out var item) && item.Type == ItemTypes.Number ? NumberAnswer(item, value)! : value.Trim();
        }
        response.Language = language;
        response.AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(answers));
        return null;
    }

    /// <summary>Sent: the domains with advice are kept next to the answers, so the counts need not decrypt and rescore them.</summary>
    private async Task MarkSubmittedAsync(SignallingResponse response, CancellationToken ct)
    {
        var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
        response.SubmittedAt = Now;
        response.AdviceDomainsKept = string.Join(',', SignallingCounts.AdviceDomains(response.FilledBy, definition, Answers(response)));
    }

    /// <summary>Her answers (item key → value), decrypted; the caller logs the read.</summary>
    public Dictionary<string, string> Answers(SignallingResponse response) =>
        response.AnswersEncrypted.Length == 0 ? [] // erased with her pathway's data
            : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(AnswersField, response.AnswersEncrypted)) ?? [];

    public Task LogReadAsync(SignallingInvitation invitation, CancellationToken ct) =>
        log.RecordAsync(WomanEvent(AccessAction.Read, invitation, "eigen antwoorden bekeken"), ct);

    /// <summary>The woman is not signed in: her rows name her as the actor and the pathway as the client.</summary>
    private static AccessEvent WomanEvent(AccessAction action, SignallingInvitation invitation, string details) =>
        new(action, nameof(SignallingInvitation), invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientId: invitation.ClientKey, Details: details)
        { UserName = WomanActor };

    /// <summary>The professional is signed in: the log names her; the pathway is the client.</summary>
    private static AccessEvent ConsultEvent(AccessAction action, int pathwayId, string details)
    {
        var key = pathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(action, nameof(SignallingResponse), key, ClientId: key, Details: details);
    }
}
