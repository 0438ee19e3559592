<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập
</title><link rel="canonical" href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClass7E2888E207AE494690ACE4B4365A2319 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xD27C4B6D2290D8FF935E352ABF7A88D2724027BC7427F6997F749130910CD68528228B26B835194CE3CD7C76251C874D612365F797D5D6369AF0C8F7481BB3C3,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTENhAHfkTXcZOKwjA/5uu4zBfUMCNfo4fN8H8TtkBRjEMiKwNQXXXjr7BRK+Qtds2n8cXiNl2VryeZSen1/yJUapucpZOiEZWESQLCD9KY7FmwEYSwxixjjrBvUK9G2OKsilgcosSsNmirAvYlgVJt4DKFvYhJeeMhoXVbvRbftsvhapG4D4vqJpphlrNDGGWC39O9cZ06mmEfPn8u6JkygmdELMOJ2NjQvrMSi9XZHBCrAeFk308g7ymO6cq4Ce0vFrzJJsVnM7+Op6IYOfU0cibJvyO+TCprOv0k1V5pwlupmby3N6Iavwt29u4oFeSweIOEOZdllHtK6Pm4ZsnECdf77OrN9o1gPQS/Y4Y/cYd5ley5uCgWqZts6prYzASqUPqRqCia+6Mo2tYN5IfRBAEvXVvBChS+FTux/0VAuwUh3mYyCSezy4bTxjSeapG1V8+3Nr/TZ7bBCzSK/FiA+OVkkBtR7lOsz32aI2JyBqmDHjjp70doMK71rIj3hMrFZSSaTuNDoWdHrFMtGNDKLWpH5ovnFdoQt3y+VL3SxpxiLNBG2DvwUQhvofJ5f/ulNNzOUXzIWi1F5UlOG5RJF8GdwyMuWxcUNA+m8d0LzNF57Z+Vol+smcGuthh6VumcM73ZAo4csPfDD9rKjjwuffOVCNp2+GQIGN/DR0+A/mysaJOVJd0aVuas1zOKsLIvqEJm7XScl8BBH2pMvPJjhKaNqiYgayWmsmezu3J/ZigZ07HX/atHTJeFE/hjcxzYtVZSAFnBx7yxwQOUXYQzi1Y7WxZJ0o0+1KzfnFuAJnwJzOMIcr1XDHgCQuGeSh8NEOp9EcGUZBMrTtmT+37WJ8KxYEdANL4patMBvpnoWHVMfTJi0qAkQVhqtL+X7YXlNHz4zV0bsy4u9kZtYhntcIrd5jjfRAnw2Y9JF1XTANLsm6PtZbMyH1NwxV9eSW3G69kCtWb1IGx68mmLXXCy0gU+Jue/K2ra3h3Rp5p93FYRmGshDinwz94y1RdmZv3QNQiVNTgQ8vt7WGkOMFqoRAfeZrsjm3ODYdr62da/GEpxwIN/hSK64untTjl0lnKt73k/aAJUVBiiOrMvMft7+b/ESyLwWFiNhrTiKda9wR9D48cbATztW/fCLhMik+gvwzavgSKyiKuLnLLQfX2dlMvm5+7TfuxdVGAM+T3eWXgj2kURwIWgW6EmHfa353t85luxM9VpYK3u7uvr7pMBGq8xZ/TznjFFYLEOX7HFvOYZf3V6jCS6HnewrhHCOV3QAifoBvIVmIqyzIg5JJnPJ4PD+qphjFUV4PfbqJQg7u3QxuZiTvIEY9aNGGMNnmKPWwIgTpgAVJRnik4/HlGv8NLR8+I0NJisqTkBhshmZq++V/sBGn/abwN+Xu1e+aPhpsjDW2zNW3whB/xfYsJYKgPgVOllSxwoFit9dtOH/XHGshyNgQ/r4wOBUJmt+47WVlB7JGTJbbL22RuRqFP9XHR45oADd4kuKmJmXtweg+MJgmY6KfilHWEq9EUzvluzgTrA2nMDkK6slqgXlH8Sp7wg/UTBAbGr6+GvHgVVkNjw1ZUnixnOMSiUJ/9IAqR8JjRzpHM6TJpXTqvhPHiBJAYd6bvqcz7nphaxp393ee+Im70XThIpw/bGCj43ulATWPxPGNovASDbyRHjxbYUK4xK7JeFyYZ5o6bp5Ufhlz4COla2bb+AlYrbfjKFAJiMU8iBT+X+WsvQUs7Sl2jIcu+5H5hrRT7YCl2IfN6g36hjY8Ac8EL6vZQrAi/cBap/Cc+TV4CKjsMtk2zHxas0Z4Ar7L8rIznGZPfbHXDtTGch/Az62o6hSMzVKC+RQFZOChMKx00iEuGkD3/Y9YLM9nr9+fxEL/nj7lLLYmWPBDEjs12BKjal9Z11EKmDS/kYBuqCBfY/cS0CqHQUnpjIlCCKu2099YfbbEs8YQ1AVkXIntj5AkSW/QvSWkep9uIWk+/f5Wzw5azQuu0JVQhGcriOmVOGOG5uxh9LPtVXrzFyuiXCLnaUoATw+7+QmC4jdhkiWE9psdQs85CVGjDB1aornKb6szrDvJQzG3rYUgD0gaKrZT5KD3S7s/or/YpsUuO5eZ4zR3Rhmsor60vGsYWA7MmTRWESUGO0alC5+pSUBgXpyz3txNZ5jkPRMWh09FbZ9JH69Mj0kqZplIfbYcqdZs9+MjoqkTlfCQR8QQcQT1rUEf1JlxDTKonziur0dmc5a40q2lGs+wzjqtAbPO8Rp+x9OU0fAn/gZlI79dJh20ktDX4J4BmK9GgjKZ6Ryfq5kckvkFD4i3gIrgbIbZw7OUrtevpxEQQ1v19A+rGWREnzLf8mDEmR+IXhgNy2AoXihMpxMGoSLSnx6g5qDREgKfNy7cGkrq1CBXP9hpJwd7DSrD3LQNq9snuC/IX4QHNYcTkRq8z0ik6TfL/Yc29wNgVd9yIZA9WS5JtfPEtwWZXeirRTolcrN3yBfqg2F2AvFIwFwlBIJTuI8lUFtIvDpyk4ydtJgeWPBrP8vGa6YHJR/gVuSNCu7jGX3Q3rCs/pkOFk5YBaUZqMAg55r138S8PYzUI4S4qf3+u4rZjOiceWi98JyVfD2G2fW4zLtpi0uGAZcCAoCbvxG8XoNZVnHDQhQ/JSdk4ZNx5ZXGF41Ooq4J9hdeEpPffepN0Ox9nFkMXVu1l/1gvkDUTVtu+4Mq2+7U14EDcgViEPE1UphMwEotqJBRnWwc1Uo7L5KZ9MqyuR0ow7wJ5X3fx2uIuLv83QTfkC8LfFAjHWts9hAa58/0Xah3UjTvBZxNazEPE0pOdpkweEiTegPbTXjxz4bZ+Zj5r5FIidorYKrw75bZGFLgFHYVCyd6+u6zD31U1IGdqm6aZci8UcjusT0va1GwnuIO/68HNJEwSyIkGINaRrDjJbNSZVzWfMYtGY0bt3aAXCI2eK4XXj653ERhac+7Rk+iwtGZ0fim+tp6FVgsrkmeCweHKh5qsfLq7Z9351ziDJ4snBj/gV+ThzeTLaBTVPajsaZCxnHAJgqy5rbIK21xt3uZ158MyVbXsp+SUiUzVdQ7737lKuDNwWVLhbwJVIrRXv/ic4HF31sacVazUjlFH7TzTGygWcvrbTSudWNH8AONgNMqZv+iMxtY8e1Ic5jFR4YAe7Q13153a2/rPOfJCww3crYMxFHcHMT8oSikgcj+QIK5/ikddcJcZJNQVhu5Yfda7FDIkO2Grtq1g+dmKPcdyIfZH9J3HK18HYCXS+C9t7pQ9uz6+ochWVVJbVJxzTO17yqq9mPqUMXvRN7U9uisgZG+mgMAILrt0GCmJ/K7wa2xvCoQqVia1CdVHu3xwSsVzWuBBIlv8cy+VYCPOmu2LOb/MP9Bl65xPWYPHiRCSryZpSi+8Shvj3V4rggyR/kOuhDJcvb704n/V8QJIsMEAbA9KgMO6oDAzeGNGTCcqNb5KNJDODzA9A/ha5Z1ohX9vqTeqAoxvbmrVfoiK9Ke5T7aM63T43R42ovYavdo857LRPADSXW9zi/yFpMHqnBXYlMEVrwYrQlgSRL9i+4yPW0QcL0V/SV/HT8Vg9KFis2ObCRWyH8NmimzzXQsiLHp+OZcONaLKPfiKqPNguepIxgMiQ3wStgunDG3lFvHjliKa6PBaF7qxpIBUcQgCor0bPr/tOSyB7jBDWYOXGeZ9iP1HN+mNn1n9KNH/bUOdzCtWi908PAs0S5n6GHXx2u1m4OBnsyLygm8Ukw6++7QsDjn3yB4U+zIdns/4D/HYb1rsZlHzEaBplPBPvL588nQeyOVHHUgIVSfIaCKhhKhMRrL5qmV1YS6Pxc7VnV3ayTCE42gBbSIPXpY4ezTDq4Zcuqs4qqZpq0/6XS1uHBhXarY7MA1ml5BSvpYDRRdD+Nlkw76XPHuDgs+p8NQ+ZBViC3CFONZwFuT/pGhAPz5qiOtOfHpyVGf3854cvkj4LpySC4RQq3/G9OT3I/nX51atk8P+FMYD8teXLkCKjt7N3F9oEjlU3l98KhNTR6u1RstRaBvRgA4qY9xlv1GObrOYSHG5TgBs16nv4oiI2JUaWq2zVcvc36Pjfnmfcy9SL6DGH6a2pMSHZGRYRYJ7pDMDxDvgFL54v8fmF+6aiHnMOOw2q7ZZhhUsEgxBPGCFnlTLwi90gvu2ao0MGmwyt5hPmrIZy91uGDef5nBCLwODOhcN8cmGqWZMX/8h3eOMIEzLAm/jcIKREkIGyMLGrNdNQo+2Bifxqfw5VbqswjyLs5wxB2si25J77HzAf7dUhaLp9Wdp23w8CjZwu4xVwK7X2VBm1ZszflBsPRMSaL8CjqZp4ajR0wtU3Is3Hl9dSMGJi78CILsgNQDTBpTlHqZokPQQZ1I0EWYuRytJnA3OJyXcjCUJkzIm4caSj7vxCByZ6qJV6SmZSf268LAYwRJb0zT4FTKwaO1UFwj46LPdO+oegvujEIsQqE33S6XaDKRha1876/PWlk5D2Lo1L0hx2sHx+6bjbFV2mvdLRcrILgGIFjmVK5OMj4gwEhgjqK5QQA9hNwpMW72oF6lBl7qeS9il2PQvypxuZggA8Lz9VG2XxAVBsefxJD1104iJRwg3Q0KMWh4xAfRow0JV9s02YtW7Ro8d3FexKvSvrFwzI2ap6tUOeDjoVH51kzuZIFEtwP7MUChT7KCTcwvAmq0JEJ1YU5WqCPnCL6bgWNBVR4nJ6uvOC06VQKolWlU+TPHeOz0fJrypZjWNR9GvVQiox4JjL6Fp6XJo2WN/fOaeS13K3lapSjUxNAwegmDa8KlvDKxOP0LDXOCPzMd0zkquCH9ERPfZRunBmhCb7il2/dAclFhDMKopmY73c0c3GtN6HuvwgujL1Bsax0WBnRSsGsbBlFaXO1cUoVy0amGsKZ4u7NkxAqDBDRh+Jc1EqUkgUVZMdSN87InsYjRbcv23cCn1QPnvyeVGoxyPEi1zAS1uy8YdEb5Uk9uxQb9Z4UVEXyJjnlicAuo+dU4u0GYJfYVfjwehdNgjq2aXI+7z8jijVLzUTe7oIYx6vsZlFCWUurkeS/+UxXtj9wsPCajH/OcR+Yo8RsBLZEUycrEvf02SJSl/vAVX9eh+JvBriiZRqqt176I5M45JdXjhUEAMeq+2++oT68p/iQamuU3Qa6D3EfoNmBmiGcPq3Y4WhnAhIKIpI8v5pWh4KFm7wBcWdbGiyfWXkxGlsVIhtR2SFB2hgG6W3vZZlMBqIG7qxN7emfwuWLka1lmmJDCULy+zImPc1i7+f8NUR2tPdxSTB62LVnMKv+k0FOrgmutPE+1cY40/YISgWA9drl2PbnJBqUupGM5w2QnK+kyUXgEZ8PCyH0fdlq1Vs0PTys8Xuq2cJc2M9etVk1tWK9lvfOodgmOStmp1jNZKxCjGgAHGCGk9dSES13WhgWCg3wo+MOdBpcdmaVxG1inyWDgJwZs5zustt/njPeTL+2BSxqa+O1Qqg9DSojyc/E6KTIRgPlZ1KufVEz/oN8vDofOGWCbLw8W3rAA2AV2fcbgEbitrf7/sRwup6xBdnvft3YcaeOKI12cQifzcO18MIAuTcpvT+b8dD2oWPId+eEouO26krx7dwyKGKx2omzoNVQ5RhtaoEnPvK0Yuxr7cjdkLzAlm6vi/MYA4NbHh2/n0l6b+FILUDDQ3d58sYRkLslCXAWCCh2fK5U9tMaktzd7lqjSr+v2DkX99a06lKD+Owc2giDxE3Sa++riWYq7UV9fENZRRudk3KDmUfBAp3Ekxg7s80MYj9u9kH1Ir8V37r2fEBudDyO+ONSV9qKrOBHtIjyOjiO1u8LFD/SBHGtOzdhtzU0swCemQ8IjITNuFkP0dIGIopYuaSh2KtpblcpBcJGMwzMZpWelknJ+bfCpSzpWh4vFouqo/ZAz2obYXAA/DI6ZUN3vIEDhfEZqGhuDHcGLAWwTaYByZtO7WxeO/wqnUCGkRdJ5oip7aeghsL/keFQq3Hz38m0XuzRLj5Qo0fRM/76Hs/mExqvwLykAhmjsjLSS7ggwgfXjTWGbJToB8VCG5/KB1qIzi/XKUfxWZ4TjSf6CZubkmcOc77aNLBh+UEdkMvZfi03gC9dt0QMA==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{e1ad3a3c-250e-4e75-8c76-457dba885c1c}",pageItemId:798, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_7bb7e340_5e29_4289_b01c_b71eb524dee9">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_3415e49b_c6c4_42e4_a8fd_93dc6ab36bf4">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">17</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">230</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.072.856</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_bbf2cc2b_78ee_4d79_96bb_7e27737576ea">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_bbf2cc2b_78ee_4d79_96bb_7e27737576ea_lblDate">Thứ năm, 05/11/2020, 14:30</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</h2>
		<div class="post-content">
<div class="ExternalClass7E2888E207AE494690ACE4B4365A2319"><div style="text-align: justify;">Ngày 4/11, Ban Công tác Mặt trận ấp Tân Lập, xã Tân Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020.</div>
<div style="text-align: justify;">Phần lễ ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam; biểu dương 25 gia đình văn hóa tiêu biểu và trao 20 phần quà cho hộ nghèo.</div>
<div style="text-align: justify;">Phần hội diễn ra sôi nổi với các trò chơi dân gian như kéo co, nhảy bao bố, đập nồi, thu hút đông đảo người dân tham gia.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_bbf2cc2b_78ee_4d79_96bb_7e27737576ea_lblView">96</span></div>
		<div class="post-author" id="ctl00_m_g_bbf2cc2b_78ee_4d79_96bb_7e27737576ea_lblAuthor">Minh Tuấn</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</a> <span class="date">(20/10/2020)</span></li>
<li><a href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</a> <span class="date">(08/10/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</a> <span class="date">(21/09/2020)</span></li>
<li><a href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="date">(28/08/2020)</span></li>
<li><a href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</a> <span class="date">(05/08/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001686-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLkbvVkNeJ7FKAW2R2+su3lUM1ay3IylrPP3GdlsQYroqCdtszI5U8EJqMv0Wqw+JT6B2rgQuVUcBm7/qtuS8QLowku77sGhMwj9/m41vC7Vf1w3GjrCxXEg+C" />
</form>
</body>
</html>
