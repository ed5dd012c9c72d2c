using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.CarePaths;
using Kansrijk.Coalitions;
using Kansrijk.Coalitions.Questionnaire;
using Kansrijk.Coalitions.Report;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

/// <summary>
/// The one model of Kansrijk. Each provider has its own subclass so that each keeps its own
/// migration set (Migrations/Sqlite, Migrations/Postgres); the app and the features only use this type.
/// </summary>
public abstract class KansrijkDb(DbContextOptions options, ChangeAudit? audit) : IdentityDbContext<User>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring, each key encrypted (Platform/Operations/KeyRing.cs).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<Access.Sessions.UserSession> UserSessions => Set<Access.Sessions.UserSession>();
    public DbSet<Demo.DemoRecord> DemoRecords => Set<Demo.DemoRecord>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<AccessLogLink> AccessLogChain => Set<AccessLogLink>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorRevision> IndicatorRevisions => Set<IndicatorRevision>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueHistory> IndicatorValueHistory => Set<IndicatorValueHistory>();
    public DbSet<DefinitionDenominator> DefinitionDenominators => Set<DefinitionDenominator>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<Coalition> Coalitions => Set<Coalition>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<ActionLine> ActionLines => Set<ActionLine>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<CoalitionChange> CoalitionChanges => Set<CoalitionChange>();
    public DbSet<YearlyQuestionnaire> YearlyQuestionnaires => Set<YearlyQuestionnaire>();
    public DbSet<CentralMunicipality> CentralMunicipalities => Set<CentralMunicipality>();
    public DbSet<ProgressReportText> ProgressReportTexts => Set<ProgressReportText>();
    public DbSet<RiskTheme> RiskThemes => Set<RiskTheme>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationMunicipality> OrganisationMunicipalities => Set<OrganisationMunicipality>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferTheme> OfferThemes => Set<OfferTheme>();
    public DbSet<OfferMunicipality> OfferMunicipalities => Set<OfferMunicipality>();
    public DbSet<CarePath> CarePaths => Set<CarePath>();
    public DbSet<CarePathStep> CarePathSteps => Set<CarePathStep>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<CarePathChange> CarePathChanges => Set<CarePathChange>();
    public DbSet<Signalling.Instruments.Instrument> Instruments => Set<Signalling.Instruments.Instrument>();
    public DbSet<Signalling.Instruments.InstrumentVersion> InstrumentVersions => Set<Signalling.Instruments.InstrumentVersion>();
    public DbSet<Signalling.Responses.SignallingResponse> SignallingResponses => Set<Signalling.Responses.SignallingResponse>();
    public DbSet<Signalling.Responses.SignallingInvitation> SignallingInvitations => Set<Signalling.Responses.SignallingInvitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KansrijkDb).Assembly);
        Versions.ApplyTo(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, PostgreSQL insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and, in the same transaction, one access-log row per changed entity (see <see cref="ChangeAudit"/>):
    /// a crash leaves neither a change without its row nor a row without its change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        ChangeTracker.DetectChanges();
        Versions.Bump(this);
        var pending = audit?.Collect(ChangeTracker) ?? [];
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (Database.CurrentTransaction is not null)
        {
            return await SaveWithAuditAsync(pending, cancellationToken);
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveWithAuditAsync(pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<int> SaveWithAuditAsync(IReadOnlyList<ChangeAudit.Pending> pending, CancellationToken cancellationToken)
    {
        var saved = await base.SaveChangesAsync(true, cancellationToken);
        AccessLog.AddRange(audit!.Entries(pending));
        await base.SaveChangesAsync(true, cancellationToken);
        return saved;
    }
}

public sealed class SqliteKansrijkDb(DbContextOptions<SqliteKansrijkDb> options, ChangeAudit? audit = null) : KansrijkDb(options, audit);

public sealed class PostgresKansrijkDb(DbContextOptions<PostgresKansrijkDb> options, ChangeAudit? audit = null) : KansrijkDb(options, audit)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        Pathways.PathwaySchema.ApplyTo(builder);
        CaseMeetings.CaseMeetingSchema.ApplyTo(builder);
        Signalling.Responses.SignallingSchema.ApplyTo(builder);
        // Half of each page free, so a re-import's update of every value stays on its page (HOT update, no index writes).
        builder.Entity<IndicatorValue>().HasStorageParameter("fillfactor", 50);
    }
}
