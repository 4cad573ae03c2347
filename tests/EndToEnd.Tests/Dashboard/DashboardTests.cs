using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Autoscaler.EndToEnd.Tests.Dashboard;

/// <summary>The dashboard in Debian's headless Chromium against the real controller on its embedded defaults.</summary>
public sealed class DashboardTests(ITestOutputHelper output)
{
    private const float Patience = 75_000;

    [Fact]
    public async Task Dashboard_DemoFleetScalesUp_ChartDrawsAndNewServerAndDecisionAppear()
    {
        // A faster demo curve (4 to 120 players in 45 s) so the fleet grows within the test's budget.
        await using var controller = await DashboardController.StartAsync(new Dictionary<string, string>
        {
            ["Cloud__Demo__Period"] = "00:01:30",
            ["Operations__TimelineInterval"] = "00:00:01",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        try
        {
            await page.GotoAsync(controller.HttpAddress.ToString());

            // The page loads and shows the demo fleet.
            Assert.Equal("Autoscaler", await page.TitleAsync());
            await page.Locator("#fleets button", new PageLocatorOptions { HasText = "demo" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

            // The chart draws: a players line from at least two samples of the load history.
            var players = page.Locator("#chart-load svg path[data-series='Players']");
            await players.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            Assert.Matches(@"^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$", await players.GetAttributeAsync("d"));
            Assert.True(await page.Locator("#chart-servers svg path[data-series]").CountAsync() >= 1);

            // A scale-up: a second server row, which is a server the emulated cloud really holds ...
            var rows = page.Locator("#servers tbody tr");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#servers tbody tr').length >= 2", null,
                new PageWaitForFunctionOptions { Timeout = Patience, PollingInterval = 250 });
            var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.server)");
            var inCloud = await controller.CloudServerNamesAsync();
            Assert.True(shown.Length >= 2);
            Assert.Contains(shown, id => inCloud.Contains(id));

            // ... and the decision log shows a create for load (not only the first server for the minimum).
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('#decisions tbody tr')].some(r => r.dataset.reason !== 'BelowMinimum' && /create [1-9]/.test(r.textContent))",
                null, new PageWaitForFunctionOptions { Timeout = Patience, PollingInterval = 250 });
            var reasons = await page.Locator("#decisions tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.reason)");
            Assert.Contains(reasons, r => r is "BufferShort" or "LeadTime" or "UtilisationHigh");
            Assert.Contains("live", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "autoscaler-dashboard-failure.png"), FullPage = true });
            output.WriteLine("controller:\n" + controller.Output);
            throw;
        }
    }
}
