using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>TLS to a controller whose certificate is signed by a private CA the agent is given.</summary>
public sealed class CustomCaTlsTests
{
    [Fact]
    public async Task Start_ControllerCertificateFromCustomCa_ConnectsOverTls()
    {
        // Arrange
        using var ca = CreateCa("Autoscaler Test CA");
        using var leaf = CreateLeaf(ca, "127.0.0.1");
        var gateway = new FakeAgentGateway().AddServer(GameServerAgentConnectionTests.ServerId, GameServerAgentConnectionTests.Fleet, GameServerAgentConnectionTests.Token);
        await using var controller = await TestController.StartAsync(gateway, certificate: leaf);
        var options = GameServerAgentConnectionTests.Options(new Uri($"https://127.0.0.1:{controller.Port}"));
        options.CaCertificatePem = ca.ExportCertificatePem();
        await using var agent = new GameServerAgent(options, new FakeTimeProvider());
        agent.SetPlayerCount(9);

        // Act
        agent.Start();

        // Assert
        await gateway.WaitUntilAsync(() => gateway.LatestLoad(GameServerAgentConnectionTests.ServerId) is { Players: 9 });
        Assert.Equal("https", controller.Address.Scheme);
    }

    [Fact]
    public void IsTrusted_CertificateFromAnotherCa_Refused()
    {
        using var trusted = CreateCa("Trusted CA");
        using var other = CreateCa("Other CA");
        using var leaf = CreateLeaf(other, "127.0.0.1");

        Assert.False(AgentChannelFactory.IsTrusted(trusted, leaf, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void IsTrusted_RightCaButWrongHostName_Refused()
    {
        using var ca = CreateCa("Trusted CA");
        using var leaf = CreateLeaf(ca, "127.0.0.1");

        Assert.False(AgentChannelFactory.IsTrusted(ca, leaf, SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void IsTrusted_CertificateFromTheCa_Accepted()
    {
        using var ca = CreateCa("Trusted CA");
        using var leaf = CreateLeaf(ca, "127.0.0.1");

        Assert.True(AgentChannelFactory.IsTrusted(ca, leaf, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    private static X509Certificate2 CreateCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UnixEpoch.AddYears(50);
        return request.CreateSelfSigned(now.AddYears(-10), now.AddYears(100));
    }

    private static X509Certificate2 CreateLeaf(X509Certificate2 ca, string ip)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=controller", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Parse(ip));
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UnixEpoch.AddYears(50);
        using var signed = request.Create(ca, now.AddYears(-5), now.AddYears(50), [1, 2, 3, 4]);
        using var withKey = signed.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }
}
