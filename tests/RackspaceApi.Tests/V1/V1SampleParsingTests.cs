using System.Net;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.Tests.V1;

/// <summary>The documented v1.0 sample bodies (developer guide and the seed's page) parse into the same models from JSON and XML.</summary>
public sealed class V1SampleParsingTests
{
    /// <summary>The seed's ListImages answer (rackspace-interface.md), with the page's 80-column wrapping removed.</summary>
    internal const string SeedListImagesXml =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><images xmlns="http://docs.rackspacecloud.com/servers/api/v1.0">"""
        + """<image name="Windows Server 2008 R2 x64 - MSSQL2K8R2" id="58"/><image name="Fedora 14" id="71"/>"""
        + """<image name="Red Hat Enterprise Linux 5.5" id="62"/><image name="Windows Server 2003 R2 SP2 x86" id="29"/>"""
        + """<image name="Oracle EL Server Release 5 Update 4" id="40"/><image name="Windows Server 2003 R2 SP2 x64" id="23"/>"""
        + """<image name="Gentoo 10.1" id="19"/><image name="Windows Server 2008 SP2 x86" id="31"/>"""
        + """<image name="Windows Server 2008 SP2 x64 - MSSQL2K8R2" id="57"/><image name="Ubuntu 9.10 (karmic)" id="14362"/>"""
        + """<image name="Ubuntu 10.04 LTS (lucid)" id="49"/><image name="Arch 2010.05" id="55"/>"""
        + """<image name="Oracle EL JeOS Release 5 Update 3" id="41"/><image name="Ubuntu 8.04.2 LTS (hardy)" id="10"/>"""
        + """<image name="CentOS 5.4" id="187811"/><image name="Fedora 13" id="53"/><image name="Windows Server 2008 SP2 x64" id="24"/>"""
        + """<image name="CentOS 5.5" id="51"/><image name="Ubuntu 10.10 (maverick)" id="69"/><image name="Windows Server 2008 R2 x64" id="28"/>"""
        + """<image name="Windows Server 2008 SP2 x86 - MSSQL2K8R2" id="56"/><image name="Red Hat Enterprise Linux 5.4" id="14"/>"""
        + """<image name="Debian 5.0 (lenny)" id="4"/><image name="Ubuntu256MBBigPacketTest" id="9438184"/><image name="RakNet-setup" id="9019637"/></images>""";

    [Fact]
    public void Images_SeedListImagesXml_ParsesAllTwentyFive()
    {
        var images = V1Reader.Images(Xml(SeedListImagesXml), "ListImages");

        Assert.Equal(25, images.Count);
        Assert.Equal(new V1Image { Id = 58, Name = "Windows Server 2008 R2 x64 - MSSQL2K8R2" }, images[0]);
        Assert.Equal(new V1Image { Id = 9019637, Name = "RakNet-setup" }, images[^1]);
        Assert.Contains(images, i => i.Id == 14362 && i.Name == "Ubuntu 9.10 (karmic)");
    }

    [Fact]
    public void Server_GuideDetailJsonAndXml_ParseIdentically()
    {
        const string Json = """
            {"server":{"id":1234,"name":"sample-server","imageId":2,"flavorId":1,"hostId":"e4d909c290d0fb1ca068ffaddf22cbd0",
              "status":"BUILD","progress":60,
              "addresses":{"public":["67.23.10.132","67.23.10.131"],"private":["10.176.42.16"]},
              "metadata":{"Server Label":"Web Head 1","Image Version":"2.1"}}}
            """;
        const string XmlBody = """
            <?xml version="1.0" encoding="UTF-8"?>
            <server xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" id="1234" name="sample-server" imageId="2" flavorId="1"
                    status="BUILD" progress="60" hostId="e4d909c290d0fb1ca068ffaddf22cbd0">
              <metadata><meta key="Server Label">Web Head 1</meta><meta key="Image Version">2.1</meta></metadata>
              <addresses>
                <public><ip addr="67.23.10.132"/><ip addr="67.23.10.131"/></public>
                <private><ip addr="10.176.42.16"/></private>
              </addresses>
            </server>
            """;

        var fromJson = V1Reader.Server(JsonText(Json), "GetServerDetails");
        var fromXml = V1Reader.Server(Xml(XmlBody), "GetServerDetails");

        foreach (var server in new[] { fromJson, fromXml })
        {
            Assert.Equal(1234, server.Id);
            Assert.Equal("sample-server", server.Name);
            Assert.Equal(2, server.ImageId);
            Assert.Equal(1, server.FlavorId);
            Assert.Equal("BUILD", server.Status);
            Assert.Equal(60, server.Progress);
            Assert.Equal("e4d909c290d0fb1ca068ffaddf22cbd0", server.HostId);
            Assert.Equal(["67.23.10.132", "67.23.10.131"], server.Addresses!.Public);
            Assert.Equal(["10.176.42.16"], server.Addresses.Private);
            Assert.Equal("Web Head 1", server.Metadata["Server Label"]);
            Assert.Equal("2.1", server.Metadata["Image Version"]);
        }
    }

    [Fact]
    public void Flavors_GuideJsonAndXml_ParseIdentically()
    {
        const string Json = """{"flavors":[{"id":1,"name":"256 MB Server","ram":256,"disk":10},{"id":2,"name":"512 MB Server","ram":512,"disk":20}]}""";
        const string XmlBody = """
            <flavors xmlns="http://docs.rackspacecloud.com/servers/api/v1.0">
              <flavor id="1" name="256 MB Server" ram="256" disk="10"/>
              <flavor id="2" name="512 MB Server" ram="512" disk="20"/>
            </flavors>
            """;

        Assert.Equal(V1Reader.Flavors(JsonText(Json), "ListFlavors"), V1Reader.Flavors(Xml(XmlBody), "ListFlavors"));
        Assert.Equal(new V1Flavor { Id = 2, Name = "512 MB Server", Ram = 512, Disk = 20 }, V1Reader.Flavors(Xml(XmlBody), "ListFlavors")[1]);
    }

    [Fact]
    public void Images_GuideDetailJsonAndXml_ParseIdentically()
    {
        const string Json = """
            {"images":[{"id":2,"name":"CentOS 5.2","updated":"2010-10-10T12:00:00Z","created":"2010-08-10T12:00:00Z","status":"ACTIVE"},
                       {"id":743,"name":"My Server Backup","serverId":12,"updated":"2010-10-10T12:00:00Z","created":"2010-08-10T12:00:00Z","status":"SAVING","progress":80}]}
            """;
        const string XmlBody = """
            <images xmlns="http://docs.rackspacecloud.com/servers/api/v1.0">
              <image id="2" name="CentOS 5.2" updated="2010-10-10T12:00:00Z" created="2010-08-10T12:00:00Z" status="ACTIVE"/>
              <image id="743" name="My Server Backup" serverId="12" updated="2010-10-10T12:00:00Z" created="2010-08-10T12:00:00Z" status="SAVING" progress="80"/>
            </images>
            """;

        var fromJson = V1Reader.Images(JsonText(Json), "ListImagesWithDetails");
        var fromXml = V1Reader.Images(Xml(XmlBody), "ListImagesWithDetails");

        Assert.Equal(fromJson, fromXml);
        Assert.Equal(12, fromXml[1].ServerId);
        Assert.Equal(80, fromXml[1].Progress);
        Assert.Equal(new DateTimeOffset(2010, 8, 10, 12, 0, 0, TimeSpan.Zero), fromXml[1].Created);
    }

    [Fact]
    public void SharedIpGroups_GuideJsonAndXml_ParseIdentically()
    {
        const string Json = """{"sharedIpGroups":[{"id":1234,"name":"Shared IP Group 1","servers":[422,3445]}]}""";
        const string XmlBody = """
            <sharedIpGroups xmlns="http://docs.rackspacecloud.com/servers/api/v1.0">
              <sharedIpGroup id="1234" name="Shared IP Group 1"><servers><server id="422"/><server id="3445"/></servers></sharedIpGroup>
            </sharedIpGroups>
            """;

        var fromJson = V1Reader.SharedIpGroups(JsonText(Json), "ListSharedIPGroupsWithDetails");
        var fromXml = V1Reader.SharedIpGroups(Xml(XmlBody), "ListSharedIPGroupsWithDetails");

        Assert.Equal([422, 3445], fromJson[0].Servers);
        Assert.Equal(fromJson[0].Servers, fromXml[0].Servers);
        Assert.Equal(fromJson[0].Name, fromXml[0].Name);
    }

    [Fact]
    public void AddressesBackupScheduleLimitsVersions_GuideJsonAndXml_ParseIdentically()
    {
        var addresses = (
            V1Reader.Addresses(JsonText("""{"addresses":{"public":["67.23.10.132"],"private":["10.176.42.16"]}}"""), "ListServerAddresses"),
            V1Reader.Addresses(Xml("""<addresses xmlns="http://docs.rackspacecloud.com/servers/api/v1.0"><public><ip addr="67.23.10.132"/></public><private><ip addr="10.176.42.16"/></private></addresses>"""), "ListServerAddresses"));
        var publicIps = (
            V1Reader.Network(JsonText("""{"public":["67.23.10.132","67.23.10.131"]}"""), "ListServerPublicAddresses", "public"),
            V1Reader.Network(Xml("""<public xmlns="http://docs.rackspacecloud.com/servers/api/v1.0"><ip addr="67.23.10.132"/><ip addr="67.23.10.131"/></public>"""), "ListServerPublicAddresses", "public"));
        var schedule = (
            V1Reader.BackupSchedule(JsonText("""{"backupSchedule":{"enabled":true,"weekly":"THURSDAY","daily":"H_0400_0600"}}"""), "GetBackupSchedule"),
            V1Reader.BackupSchedule(Xml("""<backupSchedule xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" enabled="true" weekly="THURSDAY" daily="H_0400_0600"/>"""), "GetBackupSchedule"));
        var limits = (
            V1Reader.Limits(JsonText("""{"limits":{"rate":[{"verb":"POST","URI":"*","regex":".*","value":10,"remaining":2,"unit":"MINUTE","resetTime":1244425439}],"absolute":{"maxTotalRAMSize":51200,"maxIPGroups":50,"maxIPGroupMembers":25}}}"""), "GetLimits"),
            V1Reader.Limits(Xml("""<limits xmlns="http://docs.rackspacecloud.com/servers/api/v1.0"><rate><limit verb="POST" URI="*" regex=".*" value="10" remaining="2" unit="MINUTE" resetTime="1244425439"/></rate><absolute><limit name="maxTotalRAMSize" value="51200"/><limit name="maxIPGroups" value="50"/><limit name="maxIPGroupMembers" value="25"/></absolute></limits>"""), "GetLimits"));
        var versions = (
            V1Reader.Versions(JsonText("""{"versions":[{"id":"v1.0","status":"BETA"}]}"""), "ListVersions"),
            V1Reader.Versions(Xml("""<versions xmlns="http://docs.rackspacecloud.com/servers/api/v1.0"><version id="v1.0" status="BETA"/></versions>"""), "ListVersions"));

        Assert.Equal(addresses.Item1.Public, addresses.Item2.Public);
        Assert.Equal(["10.176.42.16"], addresses.Item2.Private);
        Assert.Equal(addresses.Item1.Private, addresses.Item2.Private);
        Assert.Equal(["67.23.10.132", "67.23.10.131"], publicIps.Item1);
        Assert.Equal(publicIps.Item1, publicIps.Item2);
        Assert.Equal(schedule.Item1, schedule.Item2);
        Assert.Equal(limits.Item1.Rate, limits.Item2.Rate);
        Assert.Equal(1244425439, limits.Item2.Rate[0].ResetTime);
        Assert.Equal(limits.Item1.Absolute, limits.Item2.Absolute);
        Assert.Equal(versions.Item1, versions.Item2);
        Assert.Equal("BETA", versions.Item2[0].Status);
    }

    [Fact]
    public void Servers_WrongRootElement_IsAFormatError()
    {
        Assert.Throws<FormatException>(() => V1Reader.Servers(Xml("<images/>"), "ListServers"));
    }

    [Fact]
    public void ListServers_NotModified_IsEmptyList()
    {
        Assert.Empty(V1Reader.Servers(new ResponseText(HttpStatusCode.NotModified, "", null), "ListServers"));
        Assert.Equal(RackspaceEventType.NotModified304, RackspaceEventTypes.FromStatus(304));
    }

    private static ResponseText Xml(string body) => new(HttpStatusCode.OK, body, "application/xml");

    private static ResponseText JsonText(string body) => new(HttpStatusCode.OK, body, "application/json");
}
