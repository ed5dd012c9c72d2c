using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvolvementEmergencyCorrection : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccesses",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "InvolvementMatches",
                schema: "clients");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
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
        }
    }
}
