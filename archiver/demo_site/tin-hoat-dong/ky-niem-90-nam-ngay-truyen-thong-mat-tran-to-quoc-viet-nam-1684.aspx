<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam
</title><link rel="canonical" href="/tin-hoat-dong/ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassD5D47C8B8733478AB29E4E044097498D p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x56BE0A16D329C2944829D8613685CB09E3A46CFE3D1F53F15FE638629520C9BF60AD528EA77B6458A7D707FE00D8886851BCC0D58259F9CC7DCF83CFF18BCCA8,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEQHKH1WKsZGRB30xfIvbpeTV8Y+XilW7Bsw2MbFeudjz4ACZpVfzz0DyAJ0+c1090tzTR9P10sfrbLYwn2EhIihQSB6KplLwW192UY2FZw2hni6yDs1d7R+twLk1aKj57GVucQzGwhhGC8LudFgWlgPCH9p22VJtmRnksjjZ1yz50+2Nsq2I1QbxyYyjhTOptFlfWnVAGFLMXEqpHZizQRMuPbn/klL5FwYxnqWqx6qGfR4KnAeg3LZ36n0Xte90mCMcEjeznef/tRA8jtOuicB0n58Lubzvu89RgHDRskI/NC4XsXzFHWoIX7v5lHonHNxwbzGl8Jd8K4X17wPzUqzHGPOFL2c1b4487OofKAe4vQuTww7CMgIBMmWw34u0gf4CpriHuJyy4PjOTrPdJKCstNxIqEBy5H+PR7tV66T/dvjcdyNDCIITMFw7KsLYTQ7NbPp9FJB9oAHk5fbHGrsdS3TL5yNgZ+p88rKmVhzcz+tn6j08B4ZPn2G3dI3KqTuPuQtFiBYeTetDjSwY2KDfCJBEt2kpjU97dvcYJWhUUFs3kUunUN13e5T0xBvB8iV6XyxuWoMR3TCHM9SWJrbHx7k5TFDymHQhuqyNjMl791bydWLVntqsdnxUehrIB5kPKwQv3nXiegZGXPzQAyAiUBxHfdDUq2a7FUBRj1nnrYMlnlJiuSeYX0YqM70cHTE90RYi00EGcSmGURJrVDdVfOzawau794wQfD21WzCrJ9dYp/b4SsopXvTRRpOiUQyhk2WBApuYNDjoq4Bmy596xlHMZC8y58LsWmEo4LyyireDojIFd2k2I2tzV/9nKOH1F5Rw/JwjnRlr90LMMeb+1wZIjenmzN4UIoB/+kSBg4xj1p8aTNNUqmq8sumPB9IV8E1f8eIPtRe+TIo9v3ZMDnQPkmcRfWiM+/ludKompNazQQyZnF9gbMkx4Sx9vfwZ11vrX2QXBWWlkvtYWnKyeLy8wa3lV7NzpV+mH7h1bADUMWwIXjP5JOaySSEAUQPFCTKz3u0M0W4YFMX9KaKzD7lATBYv+uxq7elpZp1HSit67gpByKhA2glMc0zPerylgLftBjqVKm4W19rIro4fuzzc4jEnYBIeMW0ZXNKvZE9D/akezPfRpQdsVoejGycYDiYqkidLDtyLnRUpiO+HChOrxcV/u8RWVCaEOAdEctW3PlpdguLj0HUsg+ks9H0GWoI4LRJ0mndrc1FlDNkVwJDrwGwJyZ+gkrbYX3q3Y2J9DIRZP/6lFOYTL1TtAJNfgt4YQ3a8QxXNiNqQBBwzpnT58E6AVg6hkik64SfhDUWEz5hehRGJT79FidycX8fkKC9Bvfoi2UO4NlgnsFyFgr+OelNFDscQ7KoiPBO4iry25xHB3cfeUciElrQFT3xzDsvJjCEe6HBCgGnc+PC2zEV+MGuyFLy0z3O4komoPpbbWbDKPuyZ3dGFTASMes2ZrOcysXYwQ6MmwyYnUtfQ+0Z0vU6yUM39Jm0edPl3uebZ6lYpAS5p9ebmO4NDXacM8yDLol3ryUPvIryCKkAy+SEVj6foRIya3GDKB40UTObijhxh5Ta2E0Lh4Eq9dRdgqaUDxpjFempM3gzMt8wc2vaOxNAG40qvACD+z69JOnR3KWc02ikaeY08d1uF85jOawIVTigl3iQi+4ZfR78pO7BtNC8R4QLBnp1575990lK2N/1du/6+HxR69Yul2XZKbv1kPRtrtpqavvvk+XOT4No+53AjBMk3itrvxjcuhYN1mxtw1+BlKz/bZlSs7uYzg2y9unx1MSETfTM76l8ZPTurtaimZL1KfDU/drIywGUEaM6BwCOkJHebmgbMfoa4XfEzwzP+wVHyiSdnkC5ALKRE2qjK4ig8RhhFuQcawgZUHa2bErupozvjEkaRgf0ju57DkID4ElRPcXmVaS5lmMrk8JRsv5DPMpaSkn+0GzNUNAul1W429IhkrRlUVm5tv+uigO23e+evVtKPhwmDHkXg1AoVjd8UTeSvTEuC1fHzkr5mGbu2Awdlm//LXNo3LHsDyUjSWmeqe/oBbvTVtickgEkfzy/EeAq+u81kGvXGa6swPP6Dge2zsVQaj83RASUh9CwWW8+Lls2Cx2o+jYUgm5vJljHnD/yfV+5dN9XHskEK3XBsj++huye/mBqh/wxTvXJXnV685Km41lhdup7sM9obm3mWu+q1BjDA1Wss/l/VT4xdihFPcXTp/BYs722JvQtrD5szvSAdNnwdXbTDy2krlMUdQ6gcLKAa1DCK34mCCpP8rPDDSPQ6mweqp8wuxcwaJpJY0Ygr1OfK+5YBnIfWABHAqzX1C2PMMVdPWF7WzLSZWOTcXUpBNUma8WXobFa6/Thtb++q13BhNzKVqaxxkxeyQHnnxxynmxT39zhQMSxDgstkFGqRyyqG7cZMFeyA/Szki1ZibhaYMQ9xIr7MCcjVFqnWd7iJ/SYstFkXqGzLFUSRRL0s9YVg34kys8mUWJhhPNP2yGIFsrgV2l1jgTMmpWFOFOi1f82zc1Raeb5VwVttEsBqXScZ5JKDGz7YYJRYUdBMqhRTFgQf7D7sPG0jgFlLwbIlfF9H6+vAyZuryq0eJPaFQXTmDHsRDz5r9UgmTD8hRBT1XjDPX9b38YoR45aUgNG5wgy3QcdG8Ks8SRkkKR9Aj4pkcYOMS/ouTzdqhk7NLXtOHpsxfyCI7TsCn8vIA3OeFTCIbNj0Olz/sirbT/hY0SF/8Pko4+Hntmz96waX9jO88hrvmAxOMdTgUs4MQnF2ILrR1g3FPI5gx/gVjXMu+1xrRjoOrRD1uOwk6FbR12X6AP7KYY+HFf7AtigK+HmCjJnmB/Pz9xw1dJww+oJXw2y+BQkhnz5EbcZQfcZfPqJip6ZIGqcmTKsXvLdz7GQ5Pt5hEGEubSJRaEvU5ueJB4aXUn0h3b91JKfBWLwtMEVce7Eosgt0rTIdfn4VYG+p0BjlCgr2SbShlvSQhfSw1WhtpimNZ5nkayMERm3ueluxLi0rMscA1K2FcYfjJR+MAK91Bt0YGJRgOLiXkJiMfZriDB1KpJ+q2OrlAHElNXGwzYrhe3lqUvlkl5BmPWeWla/tDQODWuQFf1yEy1OFHcmzdX2JsJbHeqoY/MWvtD8YNXhex8PLoHYBPlDCfteXALPDUSmWiL12iIBCzPUUvr8uPEKCBatlByPbqmCk2i8tfeM/AtDyu7m0JptAlypgJLsjYy4pNyQeNRi/JN9nCTUniP/q78S/2rtg48pBlDnFNC6XqWsCO/DMigCGaEwZcziUWwRGna3OdK2F6y9o5FDhAvug+ShyjGrRxaKrSX5xLV4yK3EJlGCcdbz7TwkZg70A5C5xduFGCmXn3IyUJGat0qKcWAThfnbisuLxyihrJKGLnA9zLhbQWNecqjaZsQG3DXFjlrJ82jhivZMx6bluxZbNx+9xJN2i7iuImyIDRLYp3sa303mxKDIvw8HWkwoLVu7AdGFJ+MB+Bc5tsK5TkSOAweFKFdJ0CQAmxIAxbnWF1GQDa4qkeP69ZUtw1yAFoqAfvDCjkUIsx7F7Qdo54A8IcuR1HDjHoDL7qDgaGBuTynnY5mHkjM6unBPHZcZFnjJ4aCBjUSow2V3R028W60UAvpS3XbMXAYMwsxxicqATAHDaG5bY1z6pNGK2QXIDrRZ9tvf43B+zXffaPJJx5bueu/ZT90lA5enUBjUepaXkwlOYAhIYDGX6UEYKYdiqSH5WU04f2LrF3y0AbkjNNGBvFElDTDC0UgDPVoVNsSiyp1iQb+9JeYZeEp4+PBrtQSJulBZaE897NVdcZ4e/B4uH7hiKom41ngHWwDds2Kt2mWblHm00oWITeJsnojk0D+1Han6abuOkVcZwFRjUfDnPY1e4f8Xb4gT/7MOMf/Z/aA/qqNQeI74FzWxeg8X94KSJEDi73nz7+k6vkdP4DjezCjkK6ULXzlBhQfirgN0yqdw3T3boV7eSyVWbhGYmfsqjBXsroYi8qbGcamBOw04Q8G/DfQE5FbYLwPRHhTX47Ol/WsqWMBTvtQk7l2CN3E8BNk9kPcJdccCyt68Y5Z6uOlMLoS6yeWSeOloaLsQDA6+aq2N1T70F6oKBuB+P0duLV4+pXYT6eqhYKXC7twkGq13JwGJHFbDn4cAnHTLvu/+FcHtcw8v3HDN2GqH1rEXyzCpT0aaad9Co4g2lKj9etXy/dH31Cj/KNuaX0EollaFjD+KYXoxBBw5TzsFcoeD7zls2hnqPg81oB0Vh4X72HLveM2KBR66YWfZrwsigl5xcK8B/XoZr2s2HCsXFWx+W4LFBJS3DjoVfWLMq4KNn6QTlXhZ5+yQO6TvZXi1bBdaioMM6govxL2N2nOZiC4MEZ6L1gxQj0PeC6EdgVi92PZ/6Thzk9kroixT0k6KZeGcnxM1FvADKV7DaoFrzPzNGKS6WrhFUNQBazNnMVhyB2kxELHGIgQfNFr6zM+aFrC1NN/yrSiG3oUKCwouE/w0hiIwZS2gVPpMx0HKPGgRtcDPF0E0xtRexb+XynLImtiyrwqJ70ZIHXWCimyggt++CXubFGHm/VX0/cxJK9FnWC41LCgLh0DrmctXg0oZ8bfLiGJYe+3SXOAT2yT2RkjgQ4cm4TIe42ioUOPjew/bdmPTSdsE3P/ghCyS6SWQsCCq/01q1zRxc97455EH0LBaeJXNGhQpMpAFHNQS6Z0ijbEMKoEOxiTilvwaWq75R8GSM+gI8f7zMIxEQAIFuVVzw84UORf4KgXl0RaDbqHskJpyZxfcZknJWG7DGIB64dGx/wlRaEuCRRRy+MnuG0HVf6P/iISzKD7l/r05yV/pZB4b96drFjPGDCHtncERXAU1mSSb4o+u8l/OSkQxpjJDRlkhbKtKiU76nBRyid9bSFmWXN3cdrC1I5KsgiXpC8++Rc4IWQrhArOXRBv/qY6dFqsSprT1zfQ8rrBuM+QKjKW9JSRVN8kAKPICcr3A3EmuEC4e+bgrwhPTi9VWMHEq2B3jmDRwJMYJxg2pNRahU3B3fc9+ma1AvZWtWNfm+GoycrKF7n/7E835WRlhzxrBmd8Pwvva4giQsPc6gfJJGq0ah2/xZRwKdP2xQcTI0ZZuMWUjeyz+VKTb95v8sDs41NnGDobL5B5EdYeN1PwxxVCrF14qsggzozdJeXtLMr2rOWyVAc3R0sicbW7+nCfJVXP5J1+n2BXlEhV4TO4d+bSEFoZ4IoX25i6Ew9ODO6/fu9cmiWqTO0CX/8X8A2gjMKNL7uBx6zqiBNc3N1+9/l8QeBfSIuA2CKOvBsorR7Z48X4q4xvYk5p/zJBSqOAO/G4Ru0KcFx0s/XTmGAHlzQkAI4IvHLkzVZNUVtSfb30kRdLYUfIFZolrJdRPQ95hYwOZ+MiUnWl9T/q240kmK3p1c7s3qXoTAuleERsyT/qc+W4iLxzcpqxB/NSuIkg8QYwqTxgXiHSOzPN9dNpENyv87SK7hCRW+E71e9Q2BV47akFuljAat622uvA3j/C4ZQBNKtHYb5H+ygyNEheeih77hIbha8vJKtzU0+kjjdIrKuEb6Kr2G1u2fFX4saNgx0SL/kKM/91y4w7JTJ26I+bPjrZricmn1mQMWOZoBezlUMsSYpy+aUOS+jsXtyjnhyJYkRxeoIk6H8+akcgfUzEOFe81sCxrjecyRl2caVbwM0JvbqkEkgCFdPRfsk18S0OHBA/rQYKckVKA3qrrrwpOhdeA9u44Rc8WrME60Ak9GJJ/29N6vcoFdV0i0fw12Oq8txkHitRLzw66aSVKTwGGctNaiyrelaa861UvCg3hJ9w8Jsbg/A3cGw5rQ2rYrNXYUePaTjiccRGSzwFQ8JX9P7HP5UMj+7HeG1q7waf35TagVqvXqI6mMIXTS8uOeY76D0ibEqafpBviapFkbtWYEy8lcd95X1QFHgME5oE3aj4aLNNfbL3UZEqhAPs6SHLUeIP22kd+EjtphGdjPOsETwk3vtHaNppBntwsJVTbXInB9Yh0HmeP5uh8Z/BS2nZdQaoFCByCw9A9bmc57xDmC71uu21xhYd4fN5EdKTgkvQJNJQw+B/o1vzeiXTcIZaQ==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{28272933-258a-42c9-b9bb-1d0beaafb9c7}",pageItemId:803, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_2c7c479f_4894_4d95_b17c_7d726b643353">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_63827453_d95f_440b_a643_ddad857848d0">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">34</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">231</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.628.290</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_8932d4d8_4c4c_481a_bd16_1cc6c51f19f8">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_8932d4d8_4c4c_481a_bd16_1cc6c51f19f8_lblDate">Thứ tư, 18/11/2020, 10:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam</h2>
		<div class="post-content">
<div class="ExternalClassD5D47C8B8733478AB29E4E044097498D"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Sáng 17/11, Ủy ban MTTQ Việt Nam tỉnh tổ chức mít tinh kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020).<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Diễn văn kỷ niệm ôn lại chặng đường 90 năm xây dựng và phát triển của Mặt trận Tổ quốc Việt Nam, khẳng định vai trò của Mặt trận trong sự nghiệp xây dựng và bảo vệ Tổ quốc.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác Mặt trận được trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc với chủ đề “Mặt trận - Sức mạnh đoàn kết”.<o:p></o:p></span></p>
<p style="text-align: right;"><strong>Lê Hà – Quốc Bảo</strong></p>
<p style="text-align: right;"><em>Nguồn: Báo Hòa Phong</em></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_8932d4d8_4c4c_481a_bd16_1cc6c51f19f8_lblView">1.205</span></div>
		<div class="post-author" id="ctl00_m_g_8932d4d8_4c4c_481a_bd16_1cc6c51f19f8_lblAuthor"></div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</a> <span class="date">(05/11/2020)</span></li>
<li><a href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</a> <span class="date">(20/10/2020)</span></li>
<li><a href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</a> <span class="date">(08/10/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</a> <span class="date">(21/09/2020)</span></li>
<li><a href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="date">(28/08/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001691-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLoAki3sM20sRb8ysYMF5vqlWD0qqa5wgEVSOMBT6MGiFuBWIsApE/Zsanj2rPkGA6fsV7s8d39DClJ2yOUHEuqMeaOIF7bKkcbYJn5C4Rf2/G47e0Mv4Ej8w3" />
</form>
</body>
</html>
