using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganisationsAndPathwayChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                schema: "clients",
                table: "Pathways",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                schema: "clients",
                table: "Pathways",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByUserId",
                schema: "clients",
                table: "PathwayInvolvements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActivityAt",
                schema: "clients",
                table: "PathwayInvolvements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StartedByUserId",
                schema: "clients",
                table: "PathwayInvolvements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgbCode",
                table: "Organisations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntakeEmail",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Organisations",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "KvkNumber",
                table: "Organisations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPrenatalHomeVisit",
                table: "Offers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "BudgetLines",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmergencyAccesses",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ReasonEncrypted = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisitMunicipalities",
                schema: "clients",
                columns: table => new
                {
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OfferedToAll = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisitMunicipalities", x => x.MunicipalityCode);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisits",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PlannedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PlannedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OutcomeInterventionId = table.Column<int>(type: "integer", nullable: true),
                    OutcomeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OutcomeByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeVisits_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalSchema: "clients",
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvolvementMatches",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    OtherPathwayId = table.Column<int>(type: "integer", nullable: false),
                    OtherOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    MatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvolvementMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvolvementMatches_Pathways_OtherPathwayId",
                        column: x => x.OtherPathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvolvementMatches_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReadByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    MailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisitContacts",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HomeVisitId = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisitContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeVisitContacts_HomeVisits_HomeVisitId",
                        column: x => x.HomeVisitId,
                        principalSchema: "clients",
                        principalTable: "HomeVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                schema: "clients",
                table: "Pathways",
                columns: new[] { "ClosedAt", "AnonymisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_OrganisationId_StartedAt",
                schema: "clients",
                table: "EmergencyAccesses",
                columns: new[] { "OrganisationId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_PathwayId_EndsAt",
                schema: "clients",
                table: "EmergencyAccesses",
                columns: new[] { "PathwayId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisitContacts_HomeVisitId",
                schema: "clients",
                table: "HomeVisitContacts",
                column: "HomeVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisits_PathwayId",
                schema: "clients",
                table: "HomeVisits",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisits_ReferralId",
                schema: "clients",
                table: "HomeVisits",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_OtherPathwayId",
                schema: "clients",
                table: "InvolvementMatches",
                column: "OtherPathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_PathwayId_OtherPathwayId",
                schema: "clients",
                table: "InvolvementMatches",
                columns: new[] { "PathwayId", "OtherPathwayId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_MailedAt_CreatedAt",
                schema: "clients",
                table: "Notices",
                columns: new[] { "MailedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_Key",
                schema: "clients",
                table: "Notices",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_ReadAt",
                schema: "clients",
                table: "Notices",
                columns: new[] { "OrganisationId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccesses",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "HomeVisitContacts",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "HomeVisitMunicipalities",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "InvolvementMatches",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "Notices",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "HomeVisits",
                schema: "clients");

            migrationBuilder.DropIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                schema: "clients",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                schema: "clients",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                schema: "clients",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "EndedByUserId",
                schema: "clients",
                table: "PathwayInvolvements");

            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                schema: "clients",
                table: "PathwayInvolvements");

            migrationBuilder.DropColumn(
                name: "StartedByUserId",
                schema: "clients",
                table: "PathwayInvolvements");

            migrationBuilder.DropColumn(
                name: "AgbCode",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IntakeEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "KvkNumber",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IsPrenatalHomeVisit",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "BudgetLines");
        }
    }
}
