using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pathways : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NameEncrypted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BirthDateEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EmailEncrypted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PartnerNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IdentityHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Postcode4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsFictional = table.Column<bool>(type: "INTEGER", nullable: false)
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
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiverOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Manner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExplanationLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ExplanationVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
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
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PathwayInvolvements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiverOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferrerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonEncrypted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgreedEncrypted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ContactPreference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferrerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReferrerContact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Consents_ConsentId",
                        column: x => x.ConsentId,
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
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotStartedReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_OfferId",
                table: "Consents",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PathwayId",
                table: "Consents",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_ReceiverOrganisationId",
                table: "Consents",
                column: "ReceiverOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwayInvolvements_OrganisationId_PathwayId",
                table: "PathwayInvolvements",
                columns: new[] { "OrganisationId", "PathwayId" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayInvolvements_PathwayId",
                table: "PathwayInvolvements",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_IdentityHash_DueDate",
                table: "Pathways",
                columns: new[] { "IdentityHash", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_MunicipalityCode_DueDate",
                table: "Pathways",
                columns: new[] { "MunicipalityCode", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_OrganisationId",
                table: "Pathways",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ConsentId",
                table: "Referrals",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OfferId",
                table: "Referrals",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PathwayId",
                table: "Referrals",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceiverOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "ReceiverOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId",
                table: "ReferralStatusChanges",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PathwayInvolvements");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Pathways");
        }
    }
}
