using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Pathways.Notices;

/// <summary>
/// A message inside Kansrijk to an organisation: "there is something for you", with a link. It never holds client
/// data (no name, no reason, nothing she told), only numbers and the offer, so it may be shown in a header count and
/// may lead to an e-mail. Read once by a colleague counts as read for the organisation.
/// </summary>
/// <remarks>Not audited: it holds no personal data, and what it points at is logged where it is read.</remarks>
public sealed class Notice : INotAudited
{
    public const int TextLength = 300;
    public const int UrlLength = 300;

    public int Id { get; init; }
    public int OrganisationId { get; init; }
    /// <summary>
    /// For one professional only (an invitation to a case meeting): only she sees it, marks it read and gets its e-mail,
    /// at her own address. Null: for everyone of the organisation.
    /// </summary>
    public string? UserId { get; init; }
    public required string Text { get; init; }
    /// <summary>A local path in Kansrijk, e.g. /verwijzingen/12.</summary>
    public required string Url { get; init; }
    public DateTime CreatedAt { get; init; }
    /// <summary>
    /// For notices that must come once (a reminder): unique per organisation, so a second run or a second instance
    /// adds nothing. Null for notices that may repeat.
    /// </summary>
    public string? Key { get; init; }
    public DateTime? ReadAt { get; set; }
    public string? ReadByUserId { get; set; }
    /// <summary>When the e-mail "there is something new" went out for it (or was claimed by an instance to send).</summary>
    public DateTime? MailedAt { get; set; }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> notice)
    {
        notice.ToTable("Notices");
        notice.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        notice.Property(n => n.Text).HasMaxLength(Notice.TextLength);
        notice.Property(n => n.Url).HasMaxLength(Notice.UrlLength);
        notice.Property(n => n.Key).HasMaxLength(120);
        notice.Property(n => n.ReadByUserId).HasMaxLength(450);
        notice.Property(n => n.UserId).HasMaxLength(450);
        notice.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        notice.HasIndex(n => new { n.OrganisationId, n.Key }).IsUnique();
        notice.HasIndex(n => new { n.OrganisationId, n.ReadAt });
        notice.HasIndex(n => new { n.MailedAt, n.CreatedAt });
    }
}
