using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuestionnaireReportCarePaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Activities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Activities",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CarePathChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CarePathId = table.Column<int>(type: "integer", nullable: true),
                    OfferId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    What = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePathChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CentralMunicipalities",
                columns: table => new
                {
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    MarkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MarkedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CentralMunicipalities", x => x.MunicipalityCode);
                    table.ForeignKey(
                        name: "FK_CentralMunicipalities_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Hours = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReportTexts",
                columns: table => new
                {
                    CoalitionId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Introduction = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    NextYear = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportTexts", x => new { x.CoalitionId, x.Year });
                    table.ForeignKey(
                        name: "FK_ProgressReportTexts_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    BuiltIn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YearlyQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Coalition = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    JointPlan = table.Column<bool>(type: "boolean", nullable: false),
                    PrenatalHomeVisit = table.Column<bool>(type: "boolean", nullable: false),
                    VoorZorg = table.Column<bool>(type: "boolean", nullable: false),
                    NuNietZwanger = table.Column<bool>(type: "boolean", nullable: false),
                    StevigOuderschap = table.Column<bool>(type: "boolean", nullable: false),
                    CenteringZwangerschap = table.Column<bool>(type: "boolean", nullable: false),
                    ConsultedPartners = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearlyQuestionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearlyQuestionnaires_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TargetGroup = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Insurance = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Cost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Access = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    National = table.Column<bool>(type: "boolean", nullable: false),
                    InterventionId = table.Column<int>(type: "integer", nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    SearchKey = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    ThemeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarePaths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThemeId = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Signals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Background = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    RevisionOfId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePaths_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CarePaths_CarePaths_RevisionOfId",
                        column: x => x.RevisionOfId,
                        principalTable: "CarePaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CarePaths_RiskThemes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "RiskThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfferMunicipalities",
                columns: table => new
                {
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferMunicipalities", x => new { x.OfferId, x.MunicipalityCode });
                    table.ForeignKey(
                        name: "FK_OfferMunicipalities_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfferMunicipalities_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferThemes",
                columns: table => new
                {
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferThemes", x => new { x.OfferId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_OfferThemes_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferThemes_RiskThemes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "RiskThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarePathSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CarePathId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Consent = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    WarmHandover = table.Column<bool>(type: "boolean", nullable: false),
                    Escalation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePathSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePathSteps_CarePaths_CarePathId",
                        column: x => x.CarePathId,
                        principalTable: "CarePaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoutingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CarePathId = table.Column<int>(type: "integer", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Situation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfferId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingRules_CarePaths_CarePathId",
                        column: x => x.CarePathId,
                        principalTable: "CarePaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoutingRules_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarePathChanges_CarePathId",
                table: "CarePathChanges",
                column: "CarePathId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePathChanges_OfferId",
                table: "CarePathChanges",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePathChanges_OrganisationId",
                table: "CarePathChanges",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePaths_AreaCode_ThemeId",
                table: "CarePaths",
                columns: new[] { "AreaCode", "ThemeId" },
                unique: true,
                filter: "\"RevisionOfId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CarePaths_RevisionOfId",
                table: "CarePaths",
                column: "RevisionOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarePaths_ThemeId",
                table: "CarePaths",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePathSteps_CarePathId_Number",
                table: "CarePathSteps",
                columns: new[] { "CarePathId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferMunicipalities_MunicipalityCode",
                table: "OfferMunicipalities",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_InterventionId",
                table: "Offers",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_LastCheckedOn",
                table: "Offers",
                column: "LastCheckedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Name_Id",
                table: "Offers",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OrganisationId",
                table: "Offers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferThemes_ThemeId",
                table: "OfferThemes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RiskThemes_Code",
                table: "RiskThemes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_CarePathId",
                table: "RoutingRules",
                column: "CarePathId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_OfferId",
                table: "RoutingRules",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyQuestionnaires_MunicipalityCode_Year",
                table: "YearlyQuestionnaires",
                columns: new[] { "MunicipalityCode", "Year" },
                unique: true);
        
            // L01–L05 now come from the confirmed yearly questionnaires: not suppressed, source is the register.
            migrationBuilder.Sql("""
                UPDATE "Indicators" SET "SuppressionThreshold" = 0, "Source" = 'Kansrijk-register (jaarlijkse vragenlijst gemeenten)'
                WHERE "Code" IN ('L01', 'L02', 'L03', 'L04', 'L05');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarePathChanges");

            migrationBuilder.DropTable(
                name: "CarePathSteps");

            migrationBuilder.DropTable(
                name: "CentralMunicipalities");

            migrationBuilder.DropTable(
                name: "OfferMunicipalities");

            migrationBuilder.DropTable(
                name: "OfferThemes");

            migrationBuilder.DropTable(
                name: "ProgressReportTexts");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "YearlyQuestionnaires");

            migrationBuilder.DropTable(
                name: "CarePaths");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "RiskThemes");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Activities");
        }
    }
}
