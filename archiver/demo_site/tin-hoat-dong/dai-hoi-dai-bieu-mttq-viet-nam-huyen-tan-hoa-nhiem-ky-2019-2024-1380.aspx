<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024
</title><link rel="canonical" href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClass83E26A2AA2EB41209257665ED7977F16 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x65A053DE97C702706C41558A61D5BA90A34C5666900420B97913DDEBF5CB8E454B48FE7A6373954DE298D98BF15FB5CE4DB2788ECA19B52392A2627E17E0239A,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE1xKig/LLqUPu1gt2x6lDMIukdPyHd9vv7ylLhrJwY2mez3aZvOdiYgq26TF+W44wwjLTLRzotc4w2r9EYuWp798u5yF78YAQ/HlXfo8OIh2+LBG0uoVfAExypYqb/5JgPEsm784D8v/hnzV99VdeahT2ckFNyZcMWd96AOwuN3l+o/F8nMOpvSotMpDPYV1Po7CFCUfW0MiWVZS3Vw+XTwgGHDSewf3130thTxxPGjwj0Z1a704hrQWLo9Va2tKdad+dQEAfjCbOcvNCYKSmZl8iocF0uLtp35X5WmgKdF68697sIGD6m3UYUizSOQCeKOhQnFFcfxFR+Qrmhbrq24o9ziS4X7qNAt5PBf4A6hPQ/ZUXD9qb3ElvIVJavBtVfhDpG+mZKBDAEnmQdFCWW112f6cnvmJp52fYH5bBVEwN0tNbhJnACmGP1e5vl6Qd6mYG7cGtZATwBAy0atJy7EyBM8eT0P756fzrpabkF1P9qF5dH1/mN2YFiB3/IOjOVT5f5k1jVb5SqV9+38qGZUcaRVwh2oBVQSGkI7cocH1wJgb5j1PMPFo6W9MSUPj2o3INvabxM3VXiZ8a2Bx/QzWNdtwjbPWGi/ZI+E/YQguzEGA7kYeAB1rOK7aY2zFs9G1cN5leUzjvW+L5WiPLzDj7xkiu+0B66jnX6+UaHxl6XTlfIlB5leDIRDn9q2fvQF2Og1C2XMF0ti4rRWTfcyFOVc7N0LHY/uQYjKV9t5rsZ1fk5m5df60p5ChJmiMwf60YOFQzZtq9gxmPYMylO1FIW+4W2TTIHsrk58WdsJsrZmlVE7kgDa+u8lBAiMEGLVvFf00qeIYFfHb27PKyCvblrmaQ81CJC1bK5YX1qPMUjv+aElJm+WCIIbMnMh+kLf5iUYpqJwWc2TM0AVg+Lqpt0pKaSiyerP30RpTNd0uqfiGEEB9dIAeOue4bkWlgmcmiS0jKFQSMYeIijGMLiH6hsCqteY+mmVOtsj7ZeDG4woMnN7iUXkS4SmNWWgmcpnYKsjgnRDs3iUjQS8qTPgCBGjFyqKzcKqE5QHGtuhMGW7Jbwdx8uKuqJd06uIxVM0KiAg6wzMJ3ZUvwN3Q2L8ZfP6oVrEhUUiWBNPH7qeqfwbqfV7733b1rZlnyc8gNR2lx0w9y62b7kWgHSMlo8enbujYxT/40f1RrlObaNbkF4Kt3PaKhFfSExVvZyeAiDi60UZQqyS9LEsECmwGnAXGeEc9oJpcV2DFC4GzFz+SS8dM3fL9MWsXN9biUoA5fNC5TCzH2LaFICFiYJE/AfqrBmcnI7EaRz3hzuALCj1SSvNr9P3Bo/x90xNUsNbRFO2ZkDBGXEyXDFaxLyQMXr0WNiWU4vhwGk8aj3RRSPlih3Mkq2dW5lswBNDPBlgp+sh/ipPB1gS5xy9A+k9vPtBl5Z5FXBMMQwBCySzgZHhCAIN4/8sO7TAufs/aDXvPSos7alNdeNR9w1ZHbW89s3KW7hGzjJ2NupFKGl13HLbiruJzWk+XIF727Qp4zV2YCRlqk+PWLMIB6V8+rDnAuhEmCpM2Me7aqumabK2dMEHZpw+IX8yRTDWJKwjtkIjG918hiAPqBWxzNqcWVhNlTESlmXKBer3hkHQizFzZ/xQXXJHQuAO5M95iGPBxfCQVGi2poUrf4iwCYykXavhNKgoucEfBjPzGnaPrptKrNvYKCZ+ELcZ+9N0IGdML5cNj47iGAWymjaySofiMmceWHv2fMfK1j1fktOM/cCk86pGXdPB6m9Cvo8owT56uqiOIQe6BuELIdS+6guEgFG1Eu66fGW1fCbP/3OH6Rwku9cfyK9s1hopEhK60lWcMgwABZd2wmUm351ejfCn39wFqG88y+rp3UrfuFuRndH79Xi0qRjZNk/ydM8YaXDOhe9A6vXdStDwmjwCwK3JypC5VpPC93IMJm1m1HSdwpncgsZbvtR0bEx0Wdb1ShEdNHmLi0elz9ko6HTPsZy+7txAXvC5nF5nR55gyhkq6o5ExPKe8szsfSoFYFFrNKx7tM+o3IK+DNB0FFwUV8kc0TRrqcG1k/5XHjC2tcATFclH+/neuAJNHpWyjJ9SbIkA7hJd1oON/nTBPmqSktdwUKsEnhbA4Tjpvzm0cmBMt/1vNhxLgp/XDvt+S9Wv/3D3wWI641lOFhG8VRzX+Cz40QDU1bPrCrG2DAeJjz2885DlnDOKvGXydllROGmzlRTdJX5JSUkhTm1V3nC8TZmxp8MP4Q/VWQ7DPjIMMlKPBzwzNrDghmLMoHXXeuLnVvh3MbHmlnbqZHWeyXya+1u3KyYarOF+7tWAQ1/Jb5K37XX+cWIbIW87+jyXUcBqyjtwXjYMtGlUtgvNks7rpEb0adTeQ8ts6YCFka2pvZa1llfogPy8ChbK/Ux9Nufsbk7R8LW3rQYWxyTfiasls8yzYWgAjgiqq/HTPWvsG7giYzBIO3qrplxazk0JMR1v8kzltCsFC/xqJocvK/JWqcezt2IIwsVWrhsu2XupJHTnHAvj7tmc68vgJaiNgJrw6ZLuH5hjw75f6NkMDyI1TWqzV6OdrdORl4sOTXmcS9C8LlPN6l1jxmn3Kfkx7o4cOPwRn1rxkNr28KrdzzAaynmwDzdTCwX1e2rUSdoQGdGVeJHjzHaltUe2FjNzswINDbE2cf0u/xxbSSkgXW29ZEJ5brTg93wMPIGlJicByBcQwITdqAcqDWIP510UBTo+b4jndi2jpe3SLXmYdzRf1Gxd5QZe7u6QbaZSNaHRXCB/i0xbdzR7dR7nZg51elCOMIhfNdC/fIkDdrYHsFCQtLrnb1ERYk+uaz5kQ/982oqfGSq8Iu0PZLkQp7Tjlg2FLBDhJVUosO2sqKPyVQOOVPTWqoazKX/Ix/sFFk8bV3jqepy3iIOxnhXCt/v+yrr4VbLWS21y4sgQ7LE5JSRgtr7smMwKUclcEC7CN3sqFFJf6YcD8NScgE6hHoUChBduUQBIUZjWYXeh6CWw/3HBEbgVPsOWAfzgZA6qIn5QxkGZxCxCU9oy6jtprhgEkkBesIpD1wzE+jhCtTSVOYlILAnlp/GnG4zXn1CLVl+FYsFLPCZ4DBtHFzOucOVpNXNDddaMj+FdDMBuVSIAEF72ujIKLR+NVSh7+etqsIseE6Mk0pumIxEqW3Cv4s2tH/t4C0vsyFLic7s7SaGeTBBTIWLkJtRn8Fg6cHf47nylWWnYfaOUXWzDXg/JK/ZUt1cI6ZNh1QZmvHoIHc4dC6xPuxsunZpPbJPvh7ks05kp0XpCFZp1ycynFs9CrZFN5MVmvZx5AGZy64r2o3orPBC59DqV0n3PqIO8RXKPsXXP7UuLGCytmsM2qltyfqKbYXp+SSzrWYPqvknzFGyBcGij4hEYEWVSDFVLnRsbbdfYVmiByF+/vSkvABhCk29UBEqs3JbIXGqtTmNKDR7XOEp1yydeFvEzBMBmdYxkhexLpvRdHEeyx2frf7xUcNx84jaKuImI8Wr38PxmTlagdocNczdYbMBtIXy22RSpva1amt5S27jcEecJnQ6o9qRfthh5j7KMvyK58DWl6XVQUZ+wnA2oodqwKJ2zbEpTG1phI1PZe1xBHnJZYMAGtG9bSZY/gu52dUL0vTGVHatASEOWJbjX9Y9b6VtAwC+7Kept9rbplvuuTus53yTOxLbK9IL23lgvErdm0RPCFGPtErpqL37TleF6jFEVVLsbMZNpwGJx75retr4NYw2tS9b7REwF2rjoSAVUeQpbx0ZGNj/+FYuGz/XfnPpnUwyfz/L01xA7qyv/abnKPuOSWHSrOc7OwowdMCBop7QQezE8UPkDFv+j3PvKEPKswsAVQK/Owc4HX1UCTymAw0hWfXPR3CFyqisNNVkiT6ugvVo8m1UszqTdnvF9exvIMXyQ7rV+HROB7PlK4wd62pxKb8Wsb/EG6ocxVbvCZjvTN5QA8v7B6FAsXE6PEAX9v43dCGZCmSv+I2QPsdkh7cjHEVRkywSJEEEJZGo5tWToemNpoBoXUAixm+5iXx9kuyP2odXAnfvZVSSMLINdITEtfHGgWEtFg9LHGG1dLWEdIINJ+ThFQcrYs950TKJPqjDxq9fXnj24jQ/fCPSNEsY2U1bQb1O8iykSL37pOiq2dksDhGO2A5OJY4l4b9tL82IcKm9nOE+QNb12DKtteo5YsA2GmrFjpt2/6KxocejbC1g9EDI8r/42gXz4S7TqjW6m3b01yvImf2tScXc54PjtsCtCGjuMkGsIr/0l7t6gAJj1q0VHq7IFVlNUYpNWrLMvDhga6NLT05t4fpZJuVEfviqEPBxIWilfVIRI+ZlwIO/R57NPSpk2fW0imQjUVc32vJ9HMb8BQpGsjFV3x247XTWJkoMbjtbCgY/Lic3VeHNQbTSsXal6c3wUm4rlwEPk93pYCYVCurB2FpsH/BQtb5mbF1/EVbkigR0HN4G060H+TQ60dtd1IHlckQLaipT/lZ7igDXz3VNnGd4fqe/2I3llV52R14ybq64lwBG97ROEeMUPwm6MXlJgrbsqxlFevZ5Fz4bw4x742QBazuwUFBnPYjt2vcXCF8cgVkzuJKxcsyIBX1L+gfJSnH/JQqH6AbIQbltLQQPUpzPGb0/CMMfJlMYnx3wksz32DiDwTRuzhNJ9dqmFfohZMSGGByziAEhlZgJ/6PNEqT2sqip+aPWo5l/htd7oYOfa2+OMULmwZS8XRitVKiPF6M+cfpVJuKHodzI0gJqLfaLiBLgj+2KQh5ZjYPdINq8jInxXxUsMg6Tzyagk1CSS8sUnP1PJzhqguK/7S4aRSRDgRYvPXO2UirWzusFxlu9XL2metSdc7/Mr4F6pZiiunv2I9uYlxjhZ7KPcXzuIDTRm04WAeso9SlBmAwqL0B4jiJnlzw8HKNi31K4H/WYi+fR1oAbOnLikJeTfBdeKZuej8SuME/eXqE1UgIMNc8t8qsG4sQ6p3sWG/fHiPlIUIR9WrRUyYlkh+fNl2i7ZoKhkvIBHUh6JKa3BoRJHsC2TatuTlnLmxub80gdL78DX8f4X5IK6SSrCgJryBGtnhMSLhMQ59t1mM1bctYTf01BPFSgZ3B8XwnjizYFcnEKkPV12iNw/0xTCbJGrCFpNRwgS5sZTZsn11PdDblUx7xfgAiP0DfrA9H1hvhFSCV+h55OvlMJ+ijRnzSBq4RTy5Z7+x4NmrcsxnRGbg0caSYCmcfYwP+4qjjk6U6ED6tn0g4bqgdQIWiJBdEOB6F9hq6BeX3u7teXX+0UUcwI+Se8O/SEVpXmuz7xolSRwuVwndWIsgM1SwtDbpylIArESJiBwGjuM0u6I55a2DJTuohH5YZbPgn5KfUN1WOn11lNKPyKymFgo1iI4dmRJakj0/vuTJ27ndWhH2mntj7zn7Zyui+JazQ5nmstJSVY+DHrxvdlfrFJWpI0cXG2b6lFa55vGnWq78af3Oe02pX4ZtqyXD2gsQrvgGudr8ZDIlKLTSDhK2XTD399iQI4KMrkY9tTrBG1nV5UD7PXQ2p3Hde4blceqGJGe44XXQdoy+YZtLnQG9carwi3dNQvu/WsYLvEuV8V2VlgeA/4Mq/HOVHCYTXewPX6Ag0WCsHdR8Wl74m5zL+9rm0DPzYlVBFaiGngoipz/o+tsotv6GWibq/606GNVrvimnIt8xx30ivXcDIcO+2KYKnOTBU+ypXfkHiJ+cLbt3npAANPuAEC4RgmS4YcVJ/5aQ0Ua9amqLKO5WocKIkOs07prfj9Z7i0r42zIK9d1C6THdzMnHnTwM1Bn+qWfE4DKfD+f+2uqSAfm9S0ZIcpiUSmGcX19qWe5GjCn11m6rauhekqPfLtTm0j4tpjGf/xm48WXqvkgFi7a9MbMfhYmsCKI6drMP253v3tcK1spreFEz24/222/N6uVRnLnhe8Ruu/MzIJHGeOvbfolKad93piJyzT+FMA50hMEbdGPDxy9kFOmI17YWmcUrFpSvUoH9xkXqj4UTSsoOa8ePLhGXa+UoZcWl6lae9ASOZpQta0fwKpS+jvV9Cs+m7bkINTqX9F3F+s58hYuOslkxI8u8mvXbmbwsSKlRMX0jzZVKviYko2g==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{e6ed7ef4-8ad3-49d0-88c8-4e170c6e55ab}",pageItemId:499, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_dacb0b8f_c005_4430_9091_9ae256824fda">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_cae23e13_3fc3_4731_9e19_f876857a89d4">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">33</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">240</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.941.659</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_1910dd44_7742_410c_b24a_292916d9d64e">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_1910dd44_7742_410c_b24a_292916d9d64e_lblDate">Thứ tư, 11/09/2019, 10:10</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</h2>
		<div class="post-content">
<div class="ExternalClass83E26A2AA2EB41209257665ED7977F16"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa lần thứ X, nhiệm kỳ 2019 - 2024 đã diễn ra với sự tham dự của 150 đại biểu.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam huyện khóa X và thông qua chương trình hành động nhiệm kỳ mới.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Đại hội cũng bầu đoàn đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_1910dd44_7742_410c_b24a_292916d9d64e_lblView">268</span></div>
		<div class="post-author" id="ctl00_m_g_1910dd44_7742_410c_b24a_292916d9d64e_lblAuthor">Minh Tuấn</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li>
<li><a href="/tin-hoat-dong/ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</a> <span class="date">(07/08/2019)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001387-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLFhsZ1ZXnkvBCPHUVnHFiStuspgImmj/qpY6/gsSHo7RvWaRtm+dLHBEmqaCNAezid2LpY631x3lJZ4HuTedP055BTIp0nQtRxPqSAwPVSl9xBMvFhltKwOcs" />
</form>
</body>
</html>
