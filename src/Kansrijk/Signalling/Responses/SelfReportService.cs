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
/// code (expiry, single use) and writes the access log for the woman as "vrouw zelf (met code)".
/// </summary>
public sealed class SelfReportService(KansrijkDb db, ClientDataProtector protector, InstrumentService instruments,
    AccessLogWriter log, TimeProvider clock)
{
    public const int ValidDays = 14;
    public const string WomanActor = "vrouw zelf (met code)";
    private const string CodePurpose = "signalling-invitation";
    public const string AnswersField = "signalling.answers";

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
            var published = await instruments.PublishedAsync(DefaultInstrument.Key, ct)
                ?? throw new InvalidOperationException("Er is geen gepubliceerde vragenlijst.");
            response = new SignallingResponse
            {
                PathwayId = invitation.PathwayId,
                InstrumentVersionId = published.Version.Id,
                Language = language,
                FilledBy = FilledBy.Woman,
                AnswersEncrypted = protector.Protect(AnswersField, "{}"),
                StartedAt = Now,
            };
            invitation.Response = response;
        }
        var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
        var known = definition.Items.Select(i => i.Key!).Concat(definition.Domains.Select(d => WishKey(d.Key!))).ToHashSet(StringComparer.Ordinal);
        var answers = Answers(response);
        foreach (var (key, value) in page.Where(p => known.Contains(p.Key)))
        {
            if (string.IsNullOrWhiteSpace(value)) answers.Remove(key);
            else answers[key] = value.Trim();
        }
        response.Language = language;
        response.AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(answers));
        log.Add(db, WomanEvent(AccessAction.Update, invitation, "antwoorden opgeslagen"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> SubmitAsync(CodeAccess access, CancellationToken ct)
    {
        if (!access.CanAnswer || access.Invitation!.Response is null) return "Er is niets om te versturen met deze code.";
        access.Invitation.Response.SubmittedAt = Now;
        log.Add(db, WomanEvent(AccessAction.Update, access.Invitation, "vragenlijst verstuurd"));
        await db.SaveChangesAsync(ct);
        return null;
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
}
