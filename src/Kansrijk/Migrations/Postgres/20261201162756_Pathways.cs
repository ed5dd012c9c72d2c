using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pathways : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "clients");

            migrationBuilder.CreateTable(
                name: "Pathways",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    OpenedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NameEncrypted = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BirthDateEncrypted = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    EmailEncrypted = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PartnerNameEncrypted = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IdentityHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Postcode4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IsFictional = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pathways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pathways_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiverOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    OfferId = table.Column<int>(type: "integer", nullable: true),
                    GivenBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Manner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExplanationLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ExplanationVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Organisations_ReceiverOrganisationId",
                        column: x => x.ReceiverOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PathwayInvolvements",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayInvolvements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathwayInvolvements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwayInvolvements_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    ReceiverOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ReferrerOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ConsentId = table.Column<int>(type: "integer", nullable: false),
                    ReasonEncrypted = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AgreedEncrypted = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ContactPreference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    ReferrerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReferrerContact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalSchema: "clients",
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_ReceiverOrganisationId",
                        column: x => x.ReceiverOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NotStartedReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalSchema: "clients",
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_OfferId",
                schema: "clients",
                table: "Consents",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PathwayId",
                schema: "clients",
                table: "Consents",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_ReceiverOrganisationId",
                schema: "clients",
                table: "Consents",
                column: "ReceiverOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwayInvolvements_OrganisationId_PathwayId",
                schema: "clients",
                table: "PathwayInvolvements",
                columns: new[] { "OrganisationId", "PathwayId" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayInvolvements_PathwayId",
                schema: "clients",
                table: "PathwayInvolvements",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_IdentityHash_DueDate",
                schema: "clients",
                table: "Pathways",
                columns: new[] { "IdentityHash", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_MunicipalityCode_DueDate",
                schema: "clients",
                table: "Pathways",
                columns: new[] { "MunicipalityCode", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_OrganisationId",
                schema: "clients",
                table: "Pathways",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ConsentId",
                schema: "clients",
                table: "Referrals",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OfferId",
                schema: "clients",
                table: "Referrals",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PathwayId",
                schema: "clients",
                table: "Referrals",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceiverOrganisationId_Status",
                schema: "clients",
                table: "Referrals",
                columns: new[] { "ReceiverOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId",
                schema: "clients",
                table: "ReferralStatusChanges",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PathwayInvolvements",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "Referrals",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "Consents",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "Pathways",
                schema: "clients");
        }
    }
}
