using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvolvementEmergencyCorrection : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_OrganisationId_StartedAt",
                table: "EmergencyAccesses",
                columns: new[] { "OrganisationId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_PathwayId_EndsAt",
                table: "EmergencyAccesses",
                columns: new[] { "PathwayId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_OtherPathwayId",
                table: "InvolvementMatches",
                column: "OtherPathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementMatches_PathwayId_OtherPathwayId",
                table: "InvolvementMatches",
                columns: new[] { "PathwayId", "OtherPathwayId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccesses");

            migrationBuilder.DropTable(
                name: "InvolvementMatches");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
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
        }
    }
}
