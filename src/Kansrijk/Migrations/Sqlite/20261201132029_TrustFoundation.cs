using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrustFoundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AccessLog");

            migrationBuilder.RenameColumn(
                name: "PreviousHash",
                table: "AccessLog",
                newName: "Mac");

            migrationBuilder.RenameColumn(
                name: "Sequence",
                table: "AccessLog",
                newName: "Id");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "AccessLog",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.CreateTable(
                name: "AccessLogChain",
                columns: table => new
                {
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChainMac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLogChain", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationMunicipalities",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationMunicipalities", x => new { x.OrganisationId, x.MunicipalityCode });
                    table.ForeignKey(
                        name: "FK_OrganisationMunicipalities_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganisationMunicipalities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogChain_EventId",
                table: "AccessLogChain",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationMunicipalities_MunicipalityCode",
                table: "OrganisationMunicipalities",
                column: "MunicipalityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLogChain");

            migrationBuilder.DropTable(
                name: "OrganisationMunicipalities");

            migrationBuilder.RenameColumn(
                name: "Mac",
                table: "AccessLog",
                newName: "PreviousHash");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "AccessLog",
                newName: "Sequence");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AccessLog",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AccessLog",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }
    }
}
