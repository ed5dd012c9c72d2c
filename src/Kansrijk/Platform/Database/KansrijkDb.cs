using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.CarePaths;
using Kansrijk.Coalitions;
using Kansrijk.Coalitions.Questionnaire;
using Kansrijk.Coalitions.Report;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

/// <summary>
/// The one model of Kansrijk. Each provider has its own subclass so that each keeps its own
/// migration set (Migrations/Sqlite, Migrations/Postgres); the app and the features only use this type.
/// </summary>
public abstract class KansrijkDb(DbContextOptions options) : IdentityDbContext<User>(options)
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
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
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferTheme> OfferThemes => Set<OfferTheme>();
    public DbSet<OfferMunicipality> OfferMunicipalities => Set<OfferMunicipality>();
    public DbSet<CarePath> CarePaths => Set<CarePath>();
    public DbSet<CarePathStep> CarePathSteps => Set<CarePathStep>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<CarePathChange> CarePathChanges => Set<CarePathChange>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KansrijkDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, PostgreSQL insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

public sealed class SqliteKansrijkDb(DbContextOptions<SqliteKansrijkDb> options) : KansrijkDb(options);

public sealed class PostgresKansrijkDb(DbContextOptions<PostgresKansrijkDb> options) : KansrijkDb(options);
