using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationsAndPathwayChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Pathways",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Pathways",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByUserId",
                table: "PathwayInvolvements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActivityAt",
                table: "PathwayInvolvements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StartedByUserId",
                table: "PathwayInvolvements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgbCode",
                table: "Organisations",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntakeEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Organisations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "KvkNumber",
                table: "Organisations",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPrenatalHomeVisit",
                table: "Offers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "BudgetLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmergencyAccesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonEncrypted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisitMunicipalities",
                columns: table => new
                {
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedToAll = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisitMunicipalities", x => x.MunicipalityCode);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PlannedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PlannedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeInterventionId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutcomeByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeVisits_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvolvementMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherPathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvolvementMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvolvementMatches_Pathways_OtherPathwayId",
                        column: x => x.OtherPathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvolvementMatches_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    MailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HomeVisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisitContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeVisitContacts_HomeVisits_HomeVisitId",
                        column: x => x.HomeVisitId,
                        principalTable: "HomeVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                table: "Pathways",
                columns: new[] { "ClosedAt", "AnonymisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_OrganisationId_StartedAt",
                table: "EmergencyAccesses",
                columns: new[] { "OrganisationId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_PathwayId_EndsAt",
                table: "EmergencyAccesses",
                columns: new[] { "PathwayId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisitContacts_HomeVisitId",
                table: "HomeVisitContacts",
                column: "HomeVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisits_PathwayId",
                table: "HomeVisits",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisits_ReferralId",
                table: "HomeVisits",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_OtherPathwayId",
                table: "InvolvementMatches",
                column: "OtherPathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_PathwayId_OtherPathwayId",
                table: "InvolvementMatches",
                columns: new[] { "PathwayId", "OtherPathwayId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_MailedAt_CreatedAt",
                table: "Notices",
                columns: new[] { "MailedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_Key",
                table: "Notices",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_ReadAt",
                table: "Notices",
                columns: new[] { "OrganisationId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccesses");

            migrationBuilder.DropTable(
                name: "HomeVisitContacts");

            migrationBuilder.DropTable(
                name: "HomeVisitMunicipalities");

            migrationBuilder.DropTable(
                name: "InvolvementMatches");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "HomeVisits");

            migrationBuilder.DropIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "EndedByUserId",
                table: "PathwayInvolvements");

            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                table: "PathwayInvolvements");

            migrationBuilder.DropColumn(
                name: "StartedByUserId",
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
