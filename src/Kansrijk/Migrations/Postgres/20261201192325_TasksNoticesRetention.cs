using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TasksNoticesRetention : Migration
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

            migrationBuilder.CreateTable(
                name: "Notices",
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

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                schema: "clients",
                table: "Pathways",
                columns: new[] { "ClosedAt", "AnonymisedAt" });

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
                name: "Notices");

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
        }
    }
}
