<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020
</title><link rel="canonical" href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClassDF547758286A4D06950BBFA30C07677D p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xC475F0DC6008B7B9A0831FE516A88C2C4D4EB475905F32B15EB027C44B2406D4BC70BF35D415BC796331EEC61C09020A86FAF698A968EF4C881E1D2403B51A2E,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEDNUo3358QkMYcZeePh5a7FlwgB+lqoqGNgPtesvd8mo6d5/TTiKprXps6d7QpLaodjPIgsbmoAOW0qD+3QiwXMKVf37QdlmYA8PXuGwRD+UpQ2KjSN7g6Bu7Qc5PJ0zvJbZoLR6w8UMhq9UPoR/6lPODgQ8rUnBsDZwByMpEYTfNdW0jQkqt3Iv2dWShAKizbk937R7ygXNxqSjuewFx9morPG8OTsJNRurfRdo21byMEaa/4WEM8fVFMnELpUrkKB4SibOmuO64GZIGZIfJuPLkE4cZDf5d+15DFmndvKyR5LByU7qMqqyItCd7MabMH0A5qfFq+NtbwLD4QGbZYsYb3fvUYtkwmJVeI7nZWMqCC+4dChfLcZJe/ecCW7b00yvT+TdpOIdjopU4dnByQNDiDEG4XLkmaOuKGPIMEJHid1LeVrmHnRQmTr6dVKJJwKl0NR1yuoXhnJkulEpcNQj+O8ENVRq1RceHHwW5qwJz5qEZkjcfvZqVJNMbgg9AAlu6n+fLl2mg32x+adABNIO9IvYpuIKnMjQVdFxr8DxnhCuVo7qXbi8koNCshVmFhKwY0/9XZNWIMK4Cr3iC5P0KErsP2cy8dACpRAjJroHJXmW1U4nzPqfG7ecRApgpXzmLl754Fq+HSUst+Q6iNRQj0fSWLXHKfgA6jnOGdvLHyDHyNroGYM8GKFn308y/xPhpjaVjuV+QkIJyULfOnPbj32svWKK44s70GQuUSmK+pb5p1fCEimHPy+ZxjqjhITBj61/fvWLt0UsBCl77pc+GQt77vCgv9gRmp7JRhmrTDGbRFV66HpXz1pT6Ehm/mRi1L+0m9mn/nnnK+lQrLg4PD4oQAtG301q0CzmEcttsB4kbZmC+alz3iN3pqgyNqaPgDe8aXxiGO9/zMzGiceYWhqfmToP3xv4HUUplrfaNABR4MxB0m2kFtpRvLcUupbxCu4y6rWYcQhO5bNuRwz9HLuWItVEVKO+Bicf1r/FD2pTqGE8b9TcLtNYbJwhefuUIyGBvaa8/BYrMKcxV7aOeJD+ezcB9CH3ggWqwf7gppIg1oJzdXelGYbXI9UUthHlpBEvjFruPblRdUZxLhmMgfwd2cOiQ+KQSu2W9PajpSsSyMRo1d0b7cTFzx1GMn6vZMKQKKRxV9pnpy0XY3k/AzriAUs6Z8wj6Di6WBPJPB6j405eQ29LAOSZtKZHEPrIHwcU3qlSll9ipOM08rYMFHq2uWM8GZtVTD4i231FiyBWcr2QaEAZJlDedGGcejDXZ8JXa+4ceIw1oBe/D9Wy2cHtn1dqIwnMwQfGFhVFWjCPJRJKy5jdb6saBHrouHZiz+GKp9AkKt4xYhhd79Xb6TyYdmd3mKtntY5t1rGaSCZ9+kTev7qYZVL9COTFaeh7dCgB/c9V6OKR/1f8nJXOZIjsMrMAoBf7luZSj1hx3jPJbow0xeIC/PGp+unOVVo/XavF20BazjnkmsmbAOfKes5Upgtz+dZEMtni08Ui8qNyRiPlYaP2otZct5E90ah1VauTZEYI6G5ibMT2KbyVKlcD88OKUfwOfi4dpgvKeVFEKk+AvdCFrL36eGVyvOjfqsIaXJP7pNgoOfegjnSfzOMg0ewm729U0HXkPK8fWNMvF2hgXtCoAA+rz1rRRKC9Ivkclvh9fatQpNlAJCPJuEfN09FjLr7sFQgbMAg/JabIXzSaeg2P4rp+dUdL1W4VTe9qKnhMo0MUMR2KqQUzoE439OGzTMfXmtpe0J14truX/QsnhuFpljnt2s0RzdCX4cTND3jvD2y5xWg8YevzIEldUkrP6BDh3/EOTceR49asoptPwZxU59F21rrjrNM5u1NdM1LFcg8bJZFBhF+reI2a8kdPuMCtMKg1+LXyWEGB0gdQrB3OHZZQyK2rc3C3CurTvEOkgluHBHyZQK9jFoz5IJsjmyR7zDQvHfyC354d5hzAk65pJRV1WkVzHY6DKgtDmWz48gxBAOEqZEnNqgV9h3o1/emuhWURnA9KLGTWYk5vMRXOd+pK5O3oI/0Fqcq63wZjnnbu+00OlIp85kNnRa58TDqkSeVynsV1Sbfj1EyZ4/LHMppD72vp2dc0xswo2bH4mkhYkJeEYyEGBjFbSF2fA2Bykp+L2sIH3hW9et/6PfURUeCJQunfGiMFl30mG1LefwlgnfoQFP23mzoJXj+HQh6z1DB9uuNWuPZLjymjQRbscaXyKpqqizty8+DYzsGHbjydwgAeEwT+/DvcqcQPJNAMm2l2JNL6hfQcrULrSzMPqhwfS+0RRwUUrKQfGFtL1KcWoAs3IFivWCEa/c/2k5BaFhHLU1YUYIBDEk0itNWu42N9+7iIQrQNy9V0JkGDTh2KBE2v4eYfBrcGHWyHa9s+OJEapERZAEAdj2awhoP+iYQVi5H/iYdLOlXWIU5GrsBCH7ozkA8qAltwDy7IowbqIzZrH2noLmxjE8gJJcoWnjx5WfLK1k18QUZ5UWW9B51hxipiWt9XAzC8NSPRD6n82EWNmoWBK8MJ6ccLEWjWlh0s13BapSuOyuZkOTTg2KimwNmQ0ccb6eY0SROIZkvgzfVPMn6j7v+j26I8kRo2lkjAq9wt0SemirFR9QVlU/Xf65JyIEhuBmHracmGtMoPcSXeRIMtddJvXXeZvCUtVtj7JPNh+NGSfIwn+IVtk8kV3cG8+rxHlcUxdoNCErek6QFoWo3PG3BzMPPhpDqmaSsnBMyOJDMRMDeHu2XGCQXpDKJvBXhRbzXZw9P8AxHFl8FGWLSGYIvn0Fw94ZYeQ0wc7gjigBC8gVCLniemKlQ6KplSIMKAJXvRc5hPJs+fC1WJWb+XuRC3gTo0jYP05hnjKP0I2HCNoPsgLnDQo9LDqdB7hiS2wLnMEm+tjOTgsh86/tVknWPEECpgw/yRj/pdQbYE37O8kEc82YUOAmdjLdAYx659qCV/T/SzM3w0d0yli6mFRJBLOUhkOM/9ccltpu75teXOfNNrH3c8JGEUMjfsEFd2rPUXaYq6AsKW2eYek58ThkAl22lId0vMZVlFZpxWOutdF0exvaAaHrFUUaleSz8gtShL28bHvgG0peX3mN/1ZyDCbYBafLcv1kdvtzOKb7D25S5I9b7eU8dIgJ8YaZEG+OSoI9Vxee1rs/PU1/14YNIMK0VJhmKJq3gYUCe2LH3sz47UJ9uaeGQaf0lpHaMnPPD4LEAjJoD9zY1xkfWa63RLSV0lp1UaX0VvCO7nd3w2aNjJY6B6bkIaLoNEpqviydtx9FjjSJZf0S+ugylS7B9asJ49jv77yaNlG48uLXR8ze7XIxmAWTAyOJqXw6MHf7l6xAav4JVw9sXpfKa9ULbqm69Usb0lM/vfLib95lFVD1BRYWX6ndaqzpqvVanf3FAOed8CT0sfqAb1SwNXN34tfy0P8i9835En+TyTXIeW2uhFZxxl9qGtsvYkH/P9UJsn4/66JKljBbx/MPOiQ5X2/dBAAHs3nhseSqO9MGGqngTmGSmcTAV9eaFH4D42AQTFmaqzeMCK6APyEJuVvrtQ6pR3ZB3ZlInovSb//KyZN2cWdO5oMw2LaNKu0e+bCk2tS+uik+ruPx8q+hMvB+oX1k8H013d1meABM0lYbCzrT69IWrjC5oIR4GLvEYi8ProX37Hpm/13HJcgP0qr83r8vl62KYaTEIH60Z6oaijmMuGIO3zO3Bjq5SMn0eXIfrlIN/ipJiZ7rFItrVdhiOHTiKI5qR7tybZPhjr9T7y4d1g1isWFZhFnBgqXaiptAmt2Bt8+Ot1D++FFzf1y8tJIVkMol4MyLLEJf38YHi7jdhDU3f40jOx+siDnfuIhsurA6hagzqYbArxoXmq4zKvQKnmdynWEdBCuVnFLsRc1utiglvwKolsxOaHrmol0ikkHEKZMW3JsHsHI+jgUzg6NFZr4mXL9B1fRbr0fE+mdBxWhpP4HiBET31C1TB+E8FjnmC8cleht849XOmAxazLLIaM1jMvWpWQUK4UUzXNaNlJI9aWdZVBwDD+oypMLtNPnMbiyaY2QrK5pWDMHbquiM5yIcnSYUpqnJT2OioZqp08q2x+pFiukhQyArCuQ3Q0CvM+V9TswL6u/8wEXRFix/Yh2iRLUXq5fZRTrIRu8lMIxk+eraeIeIHrgvuh0flSuFYSMh0HsCTHGaORhzr4pXg/fjFO4ZWzkMCqM+OxHZsBGwb28jxVEXGHIBXGfg745fPwGRaleRVGN5u7zfIN8gzyOgONaY/OfXdbcIVxfwgBLCh1SsaBo/lWTFb+jGh4nBYsUPcYTR5ao4hKoWzXJjal+TP9WMZizYcQ7WDCG73hun54eXs17jK0tfZvLKXuSMDuJ32EDhP1kP8gBL8qQKhp6690zuv5unusixW1Vw+sOyAiptvRPiTr6MiyNff6/GzQDKd72Ot88g5b6U7UszQUh1+oNoDCSmFp7nKh6jK35hUby4/OSbPAgXVPRgj1oTZZOt9+noVNDkal5GcTqSI/m/Tfkav6u5PC5QDelU07+C5urOzZpIrGEp0Y1ZHlOSU7GOhUJjOgXxRO+frKpP7OadmWrXiFXpKiiaHsb5U0BXGU4SB+pNAHlZX8Ogirb2bQg7Qcd7i/ilr2gBtVBtyQ/csvfK+oKwd2xBJwlErmMvyQNHk1isD/6Y0J7je/Brd4P/QAzSJOKn79z+1Y1Kgaf79dmDns7gHVXZixiIilAMsRbitTGpBwUJW7e+mOeHUu8a4FDAnst9HC5DAp7cbDw20Eti5FI2zgx9PLyBnNzhZ147aSppTRrHzooXsQQl5+MtCJ0fRnHyk0ttBimQXy+PCR2WTt4a4YxU1xBwMU2E1N4s6MgEbPxo5p7/ovlL5twnPfh9sUh3KN8ptDQfVtxX8fXp3JsbB3XW1wvBtHHYi0B8QI8nQYg0tdfSMOUiIyNAFHw3lJCYEXxcHyY7qCDeVXN0PKGqXDuvzJhY/Gnkzbu7z2qeKBglcPh1Xm1x42QiBKZGFlg1ddUl+w3vQsrAlskzm4dmaKGegoDKyygHwECZdSv1wwldQMZJHzZiQj0O32/fYJ25jkgCDN0fBK3iPfXFtfRdOaVjS5hMr9HS1IOc4T8EkyFGrfP+LSaPYt5QD2fzu/Phf9W8jHsn0SkNcRT3ScvUiW2JghKxVIdm/xWu4VotnjfJgpI46ohHFCtTCWGcMtEiZhnKrY73GBjXCGaIyZs69zKjXDK1V61VHA9VVA5sp/Jt9JVJ0DKz987t2Hsp3GNF/2XRLrCdIm7Dett11CfkkP0OK8H1+zFaxHwr/m6TvX5skaVb6ReOAkYxbk4/V9DzMKEwBnXPubrVTmpxa9VxEZP6hC8gfML5jXsU3sCru+rjxUz+4uLL2BolpdjM2ShRAm7+xHiSUZP+9Otj2ZMqvklIzR2/+B9G2OcDbQmAnxle9U9ZRHf1TNgSPSVJBelIXTEZ0fxRMAe3aa+gQOskoYiYgvYR2y3Dv86vDCl5JNqbX22Shx29S22Rvyqyt3hovxV3bNqkaMGCBu/ruXOS/zIxoz22Hq2wyENiD9dqD88jTwy5pITPuELCK4w6apbH5LepsEI/vPlYPGK3x1Tyy6FShs0afbTJUjSvtiPiIEvTWPsbKLd5WmBcGyM+expLdqr6nDsS0Dtb33bdQKM0pJFDJOIbq5ycf75CFUyYVdZrDItZl9jSTf+7X8n4T9dBq+JQ+ocUBtrHS7umkDPwSPpyf3sa3Land+61w1aYOR21DsvWe5akc10pettwoHUR7kf4zoVXZP4pLAB+mzbW+eb6AkbNo/AnrDyhDCenhR7HdreRPHnEtiL7NJOMbSahoymTvsGrtnSfUF9Ee5wk5rWttCPA6XgzEp0aBcn2bR/B5gWHim3hpd/M0maG0JhWfv2bbLOvv72Ebc28rUfB7Y+NbFWfTXpknoxATnjrqHvje0lpSKCq8d9q/EAchpb/Ig7WCPRSC634+8xoqQ+kCP4Blm0nkeCynJEAT+WWtYBUwIbchCsfLYCmIeubXRsStQBMJIt+Cu8d18j/4doRFYSTudK1qTtxbwzBYaa8yamKlCuaAaZ3IOH0lMeU7B9ZzdxNhEZt9KtRA==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{264b95a7-21a3-4e2e-ad8d-7d18246e95ea}",pageItemId:581, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_aefdfcb4_ea09_438c_b409_a299ff5c0d02">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_d351ad9e_eaed_48be_a916_b0d50499ed07">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">8</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">246</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.730.569</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_55e638b8_03cf_4404_b413_dd456c442c10">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_55e638b8_03cf_4404_b413_dd456c442c10_lblDate">Thứ năm, 05/03/2020, 08:15</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</h2>
		<div class="post-content">
<div class="ExternalClassDF547758286A4D06950BBFA30C07677D"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020 giữa các tổ chức thành viên.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Chương trình tập trung vào các nội dung: tuyên truyền, vận động Nhân dân; thực hiện các cuộc vận động, phong trào thi đua; giám sát và phản biện xã hội.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Các tổ chức thành viên đã ký kết chương trình phối hợp, cam kết thực hiện thắng lợi các chỉ tiêu đề ra.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_55e638b8_03cf_4404_b413_dd456c442c10_lblView">158</span></div>
		<div class="post-author" id="ctl00_m_g_55e638b8_03cf_4404_b413_dd456c442c10_lblAuthor">Minh Tuấn</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</a> <span class="date">(14/02/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001469-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLOBmXtoMatFv0CwauaAJd9v2arTQXj7Lw1TGpNuGOdZteBBS6CvgZiDeefJiMsxb5dsCXq17vEi4ssEB6yx2yifPOkznFLct+FYucvtyuw5ylvrKPt4p4P6uA" />
</form>
</body>
</html>
