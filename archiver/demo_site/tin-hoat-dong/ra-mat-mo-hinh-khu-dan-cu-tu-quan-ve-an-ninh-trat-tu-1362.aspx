<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”
</title><link rel="canonical" href="/tin-hoat-dong/ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassD604CB974ABC4438B2225B9196B1F193 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x83CA3F413AFC48190392CE3A82A34CB8A2B1A38A7AC018C2198503DB6CA86E579C2BFFF62203B8684E2134502E5CF30669127FD4331CF2A98B5FF1155A63C6FE,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTElrJK1kzEGUfAcQLLx6u/TAON4L4ZIydatmanZYPBvh4OVYwRXbBpJUtma3O2vVCXU4E6fEtL2oKlxdP1uzqAQGUKOfY8U6BmIfuNfcmFm1LuFAPsSq1Fot02rIK0pKxXRPCg4pIvfk8sstGiMxyXBgpYssCmR2DMwAL1wCh16KKikGR04b/V6jUfP6KrsH76A/ZnFTBwP7qg8nOKE/pr5srPoEuLksje+3Wr5QBzzNLiGZjkw8W1HJmcSlrQpNpQj1zMddaYNE7chHuuLw9y/Oum98iox+gLMxnONBoB9aIlnK4te1QEQAbao3vjBBv0V2CZ8KIbBl2kcOYURodxeTOPhror4ttd4kG5JTUzOTRhvYBM9s2rnU+2trpxvC6GylAbhJFTOc24D7vjdKddMlGWkM4XE9kfPyAdNd8N7qs/1rmWkCvQEEw39bxLC/+tr8iJGaY7eXsYbt6HRzFvFoCoFGssjuNNzBKXMooEyNLAe23AgL0DrhraJ3WwvyEj8kioq+6biIFqRK0ZFP3UiDQW8cjhI5s+7qE6H6lAjQ4hsc3F9JSpwltq4LZu8NerRZPoJtnrdI2QcI/q1XiP5PFIwavCkPYlZBrSL5jD2XAuJcZ2LW2sTXaNoSmnXTy0NG3GtJ99C6DXy90MbwpWTE+dusMPihxEU0UkcmVseLOIHp9pw/UVy/zErLaWILIEcgsummydfmaEybvwaiMSkgopp2KpPCDod1pXzp430zSZaBeK27yIWs1X5obKa9am0dNthFvlKaDIqhX9CDObhU/IV90I4A4HrrHbDYCHxSSlliIdz2fs6jdyTmNkzzp24yzBTF7ss4bW17xapIaQy6xcGtKzPpX7auHBH/hjUnGtx9HeI+tQNYTMOeR/cIupZcvmqMyqWrVdya6t0FiBDEqIUwqLV3ViVsqAitQmfeHsWVzMqze1R8eLWIN0IjXrTP+KRB7uGORSzCCIjLfGL0DYozBz9Tog1kR0FMaN8Po827J21lhgM5Qfx3jtbZ//afxMK5+BidEiS+fU1i4En1YVInlJ6opW8TpOphBXv7qNr96DKh3eWG+7z5AasbUc+0rEx+X/0tby8TntcVtxxeO+YKnPlq4q0LB4YZasVXpozhVTsMKtwYSPhn5y6MoFkzuL/6HcTpDsBTiE/QlEuYgwkY0iZn06lY+LTm4p5J8M9wbJQ6N+1C9KBNz1tjSkPYoDEAjjmg2ffJsnCYTpMrWEbEW/tj7rDEUNH6EQ3zGtHQI9QdHqqOawkR9ARMHhKghXnWrq4UgO2bHPvv1D9oDjlPuzVIy1Q8MfR2fXFrRkeju9hUNgMuOKtob8JHuAXKI2iG7BiqU//tv35Oa/vhtCLbOlt+i8YvKo6MZqoWQL3tekiPL6XU8s9BqDdn9fMJtg8PizjOikAFqyZWvDYMhhVarWqJi/guiPFuBXyXUYwcLTTdLcXA9/p9G9RXVQJzu45jNIHRSGvhWDRxs2M2/73AwdfjO4v9rtONozekkzkHmZaxKJWsINqmmKy22g8yGdcLTEx5+3mKPiPXFm/daKv2g67ZxC6S8i/6SguZU5VQzi0M2qfYIaqRQnwUjcjESbCH7cl52aavpquWHHys7X2VgsKaLgYfrzZsq2m7EbvWKxLPlrGzBXfsbZ96gYd1lWIyHll+TCykr2yjCSilUJgEDrJnC7VZzcxe22IXSgtRxDYNpAvwzgrMPylUjXJaT55f1BA+6Qh/upeZYHa0blDverJhnlvPUlYlCxJCRfgJTqPADFX0xKdF3l8MUtLtKbBwL3mPbNV7OGxMNpGG12Sdy2Cf6luojtLFxeZ6KRF3RNn93NPL3oK/yxwwpjx5A4lOk/UJ/8RsjwMZaAozXSAzlGwkvKgTTROM01rPykcLq7uTyYIgrS0lPc3K9A7WvyWxCmvl7foEDR787CS8Uyw0eipII4d/lrzER0mcZGJ8LhzQmihCjk7cxB6vmE5PXIAQfxXRFHeZQGQD1ZBNdXb/jzvousoBwxlfEJK+n1eHYXaSI4EYYVW2lFpbs27lh8dLge+bLuc+c3etaGZT/mvDD32679mLhSYaaASImNDWzPgOmOZOWEIIgf5kH1bXt2Rr8QNKP664uTvmy814Ue6kx3NGc3IHvzfx56+GqNf0CSyvD2kxqL+YOsddSRRTgQz4eHLHA1EL/VBdRpYpAwt7ybvoV0LFPjREd7uQBjWdL2my8tSVpDoqTpQ/x6k////Mq4gImcVi2Y1T5Xbyf6IuoHlDJzsyn0VnHT8kKnNktRN57CldU5mFpFjt4z/PtwHD+CdWvLRKjzeLAgpueSz0oNeNjc1PGDr5gfFV/xph8wWr/pxf99U4UPtRXAloV3AdNAnlnQ9LhznH/yC9lp9WXUW9olzDvmSLaKAuHIeeNgAfsA727YDtjiZbDzpantZ8IFKuRIm0zM5pA43aFQdN7oFJpguQI8bLHFoEDBBtulsZF3yBNILez5Zd0r37T8/izxvuxnWhQNojfaJl/x8JsF9EI4FRe97x3XpNKDT2TmtNmGWXnFtF3aVYDriuqPDiQBcGYDFVll6+NomuatXUizen901kw+60PaSR4gRrMZsajD7XBPTTO7wbBQx+IG5OdxnRXRZzla3klwUnsNp2ELasblD+QGRAWGYGKYbBgBl3D+05YmXHdaelUQcuQssTg92PGtr4kwgg+v7AdEubZuPrjVZQnHrw5s1le1zdkr+7vMXJrh6BLjsv1Wx9hOWbJxF1b/v7AGBuiBWJ147YCFJ8mmhZWO5eduw/4qnjZ4Z3bXqOifZCaCg48hYQokvQLPzHHjW9Mu5naVEH0QWxzFzPgYMqsNvC9+ZNsR4XMC96QhDMDg/pbrvN0YD07ll3h21FfTU7UEcpli4EPG/6s2tubbhagqCCntiAK7Os6+jM9ieS2XS1RRW9abWBMzKL92z+yvJY+grA8rFgEh+EtM775UrpnhJ4FvDLajIqWgXxkhZB2P5sqI0o62SePtxKQsfOsyaH3v0ZXbDCQZrVml97sa8JSkmhJ1nafpiYfokIVsuP18fhJjNQNrdFG1r9wa/2bbHA80gD/oZ1DXRoL/M4rqtsE4/DCETzDCv9Vx5VuUp4AxZn6rriIuhjIbsc1TKMglxtiFdd/6KyT5VXErRLKX3sbz8KF4tleE6e/ULD7mohxbLtijpwSaXOIh2geOxyg+f4AQgx6ulhDlC3OkwwGaXx1vqjUuPnvD4NoP/nXxAUuP/MxgmZIoAm/AU6srGdqmdUJyBY5kgMPKk6gss0GJ2NxYvtWht98jEUBPdMFIajHk7FprsOoBvxG+owRfyBFt9E/eDjBd/n1AcY/b1MO+rVDF8j+re94ZapgwSvBk0s0JU2qe6O8s8NoAQNJnbqUKQNKcxpgYfVNShoAvWcRP+Mo7Tn0FHdV3dvqiUcq9XPkR22hyp2wm/sJLyb6ngohulSywOJiMASFcb+gcMF9wisKSUFBnPSyNMoIf0Yl0gXgYRm4gE1x6sLvpe0F8KLbd8BHR7TWHtAfZwahhRGZTnr2bxsGfS13hfTQOKSG2Pkh+TRVaxvCL8e1bN38vmmL72ZSgsE459eJCtT3n2AYdC4sOtW+xIn3tEoYEiUTstID1H/fzj+FXShdMHUjU2wMNaFJsRiWcGj0UkA8X7CEsOZ8w6ZJbNt4R0qfuhhG1mQNqBwwhaUopj2yzvvmaR8h50rPVmEHdKT9Hoe+oiTTstitT7skCDfcI5xp2gEcZgYdYP12ERr3ixd8Hj21MG9Dj8KhznaDWNAGucVhfOl0oEraAEdhCEuNmOBYX2uGfwpR2tygKvVwhE+2p5638vl43BEelfGfyekxDm2sYWZ0bgi+G3TpktXlhsx8+8X0ZSpLMAcY5ncjOlwS2vHIczkIYwF+VV5TZaZFsSH3HvPU9qrfwB4rSL1SCMR5jqXh+957jcM34a6W9W4cBaGeF70fOvj/29AhF4eB13CaDISknFz1jk2Wceo/dX7my/uLWhDuD3qNFzTCMYG5nWTo1FsiLKlWndjqRgzKW77wxgVBpA/MHL6GPbMIvQDiNDoZkZwaSqDct+0JNbVCs+5kJgzeJQGlql6pPJ4TBs3Qr2Jx98NQPzwosKcRyOg4QMNLaFube2Bky1KE4r5Hv/YvilRF2h/PAYoOc2ci+UDTjPqDuaZf552ULrsjCy0rSCnBqWupiaMmn1iel9ZlWTqg7azNB8sRgvL408HTux9QkUSWL9Jw3UKo0a8dVKCuCrnXjimBXPegHjYRuDxApzFQENYPHC4qIPhEKdlyWR/9tqlCeN4QD7dG/exIsFlEZzVRFKeBuBwtKj3jUdfu/Z+d6HshYkLrIUScSPFuF6JcieKUjW2CTZt6JWe05cFfHa/XtRb0mr5XgA/qsntnRyW2lFqqGozHRyHjF5LwTm9IYJbaWaJFveaAsQyL355WKRcnH7sUIpPdvu2pzzMSiGtMZPHlpE21z7EEz1Yeky2PAOTHfU39cK2X6gT9uCE/gDL67X75QH1SQxpjw40izPUy4O69EnpdNUyJ6aD0W/3nWXUJIkkhkpG4cxeYxWNYx+kge/L+9ZRK+FAo/Bue6xEk11w0b2SNEDGg2ktle2f+f5U7BecPyhvJmZEah/oT9XvBBFVyuHNFT1ryKq2JsMzMH8UzKL0jZJjban8i4YfFVMcwGxvaBPjXnQtAh8J26+HJ5OK1lOauG9EvXTSstV8l/MNbK3fptvFQroceAIWfCytQ9e6uji7Wds7M5XKWsuDXaJ2hv95kyUP/OQ0aDLY+yfBB6s+eOMrUU5MtzteRs2Q6TCH183xsOnTSc/hFtn4YwLIoupEkjtzoefl17PQdOHtDdsITJ5E1/PcyqFrCWb5oqNJMSSSXrzNyLjuvNuEjckqVDPmHYFBvwbG3ygD95+PV6slyifWF4qv9+xvLwI6Z6EkxVg8dtD8+Z/oReiYJu+rYI+gTTv4z3BlI9o+O4Crqn65O0vq/c5EBoUcswUBNFrmGAfN0VyUO6KrT2QPJ1OxatzW1MYKsPsOSwxRNm/XwYPZ7lEaD+zngJ1Sgz9o+13sSLr4gc+IgOPqqusYrBP1GDjzRHodCZk5AKRXF4O8xGbzSgHZGGdWMG3+GtVGB9iXfIUXDo6UF1Iab4gdz2zcmxdfx4vELulh1AywfoMqAN6iBzSlgXZM7dqan0qyFaZ33h8+TX5Jv8FhD4yi9xBmFPxvlpF79SIb69jWcL9ocNSNqnGBf5Lu2KEuMNbkKCmtZmHVfE1Nl/i7I9gb2IEtXXkB052x2f4YPqMKUjIAymHb7t5pyUKa3Nh9ySkmHsR2778NlFmWiCG2wTJBr1YDN+hv8gqjv9Su/8WyE7surwDClh2nWyXt0N7zB8JjA9sqITELLY5kWgNIb5RwLZxQs613IX8CNHuQYx3AP1dHpxKVZNPPgJkKGhCsls4hiqZbZqpr58Y2PuHJSwfIGPIezw1ZV2BQL4Ie0lPexgljB6CyxJpEXfid+lktsdBbt5JKG9GtoOjYsymlNl1gZ1/N9qKKLI2mM+AZbkDzVGW45xpqv9eCArAQ3zzV0q0mlQuHEvJqrGrrBbIB4oZ7jVREAUCb5Netr61lvvtvqU1Lv5RwkDoSh7lxcbCl2JWRhL2Ta2iOY7F3oCXneUOACTsFwoDnBxr9DYt5hZUHOyoaXKQYKzVeSc4VWqg9TigwbX7DCNRCAMZioMkDCwyFLlokP85L96hks3QmM4LLGQaXEhgQbsZOuhKzh/daWcrTXJ6zo4SYcp1FSrbrtJFTBTwWxHXOyz/NfGcTfgSw+rkO7fVLc907sV2lBup0QaVbdez6uvdMn0Tpox5ENHIHPxRUnHtaRHRUeXLHik28aDhEW4y7BkAd0kW5pQPvmzKb1CLcmC0ClxezWAWu+olZ7qJU/9mg2OK7lIkXZ5vJug3mdudZGy3MNRzVrkG3sko92MIT3A8B4ncMuQGDbCVlW2WezGdJB003ZVJxlzwCY1IT4hyguu9EujqoZ/gY0j2HYaWURZlQT5H0AfuGzAcAdBmuLhmWoZvOpt0bMd36DDS14JK+DQKRfqD2+jhhI0Iib3uwdaPLXaAuKbnBZrzoIFvg==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{8bb2a1e6-550a-4484-a90a-39b0ab219bdd}",pageItemId:481, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_782df9a1_957f_43b5_9734_6efda7c94da7">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_ed50dcff_b5a3_4296_9241_4168fd6489fc">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">37</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">384</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.567.898</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_e6ed7ef4_8ad3_49d0_88c8_4e170c6e55ab">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_e6ed7ef4_8ad3_49d0_88c8_4e170c6e55ab_lblDate">Thứ tư, 07/08/2019, 16:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</h2>
		<div class="post-content">
<div class="ExternalClassD604CB974ABC4438B2225B9196B1F193"><div style="text-align: justify;">Ủy ban MTTQ Việt Nam xã An Thạnh phối hợp với Công an xã ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự” tại ấp An Lợi.</div>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1362/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”. Ảnh: Ngọc Hân</em></p>
<div style="text-align: justify;">Mô hình gồm 5 tổ tự quản với 60 hộ tham gia, có nhiệm vụ tuyên truyền, vận động người dân tố giác tội phạm, giữ gìn trật tự an toàn xã hội.</div>
<div style="text-align: justify;">Sau thời gian thực hiện, mô hình sẽ được đánh giá, rút kinh nghiệm để nhân rộng ra các ấp khác trong xã.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_e6ed7ef4_8ad3_49d0_88c8_4e170c6e55ab_lblView">114</span></div>
		<div class="post-author" id="ctl00_m_g_e6ed7ef4_8ad3_49d0_88c8_4e170c6e55ab_lblAuthor">Ngọc Hân</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li>
<li><a href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</a> <span class="date">(11/09/2019)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001369-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLtPMarudCraWYXcuKgfzzR8SHQWixQcRbzZ3MiNK+SVQQ3075223KSJIqtdqBdcVC/uX2FbdouO8Frb/CcKDtl9MoFhMjEXjS7RHRaKjY0svwpNGJXg0aT9Cn" />
</form>
</body>
</html>
